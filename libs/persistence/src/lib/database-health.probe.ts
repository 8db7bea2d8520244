import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { HealthProbe } from '@sightline/grpc';
import { DataSource } from 'typeorm';

/** A health check answers within the gateway's 1.5 s health deadline, so the probe gives up before that. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * Ready when the database can be written now. For SQLite that means taking the write lock on a connection of
 * the probe's own (in WAL mode reads go on while another process holds the lock, so `SELECT 1` would not see
 * it); for MySQL a `SELECT 1` through the pool, which also opens a new connection once the server is back.
 */
@Injectable()
export class DatabaseHealthProbe implements HealthProbe, OnModuleDestroy {
  private sqlite?: { exec(sql: string): unknown; close(): unknown };

  constructor(private readonly dataSource: DataSource) {}

  async isReady(): Promise<boolean> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      return this.sqliteWritable();
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the database did not answer')), PROBE_TIMEOUT_MS))),
      ]);
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy(): void {
    this.sqlite?.close();
  }

  /** Tries the write lock without waiting (better-sqlite3 would block the event loop), again every 100 ms for up to a second. */
  private async sqliteWritable(): Promise<boolean> {
    const file = this.dataSource.options.database as string;
    if (file === ':memory:') {
      return true;
    }
    // The better-sqlite3 module TypeORM loaded: a second connection to the same file.
    const BetterSqlite3 = (this.dataSource.driver as unknown as { sqlite: new (file: string, options: { timeout: number }) => { exec(sql: string): unknown; close(): unknown } }).sqlite;
    this.sqlite ??= new BetterSqlite3(file, { timeout: 0 });
    const deadline = Date.now() + PROBE_TIMEOUT_MS;
    for (;;) {
      try {
        this.sqlite.exec('BEGIN IMMEDIATE');
        this.sqlite.exec('ROLLBACK');
        return true;
      } catch (error) {
        if (Date.now() >= deadline) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}
