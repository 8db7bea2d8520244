import { randomUUID } from 'node:crypto';
import { BeforeInsert, Column, ColumnOptions, PrimaryColumn } from 'typeorm';

/** Millisecond timestamps; `datetime(3)` on MySQL, ISO-ordered text on SQLite. */
export function TimestampColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}

export abstract class UuidEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @BeforeInsert()
  assignId(): void {
    this.id ??= randomUUID();
  }
}
