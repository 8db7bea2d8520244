import { randomUUID } from 'node:crypto';
import { Column, ColumnOptions, PrimaryColumn } from 'typeorm';

/** Millisecond timestamps; `datetime(3)` on MySQL, ISO-ordered text on SQLite. */
export function TimestampColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}

/** Ids are made in code, not by the database, so a row's id is known before it is inserted. */
export abstract class UuidEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();
}
