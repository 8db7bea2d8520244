import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

export type DatabaseKind = 'sqlite' | 'mysql';

/** The tables one service owns and the migrations that create them, tracked in their own migrations table. */
export interface ServiceSchema {
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export interface DatabaseOptions {
  url: string;
  schema: ServiceSchema;
  /** Only for unit tests: create tables from entities instead of running migrations. */
  synchronize?: boolean;
  logging?: boolean;
  /** SQLite: how long a write waits for another process's lock before failing with SQLITE_BUSY (default 8000 ms). */
  busyTimeoutMs?: number;
  /** MariaDB needs TypeORM's `mariadb` driver to read its catalog right; `openDatabase` detects it. */
  mysqlFlavor?: 'mysql' | 'mariadb';
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) {
    return 'sqlite';
  }
  if (url.startsWith('mysql://')) {
    return 'mysql';
  }
  throw new Error(`Unsupported DATABASE_URL scheme: ${url.split(':')[0]} (use sqlite:<path> or mysql://…)`);
}

export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  const common = {
    entities: options.schema.entities,
    migrations: options.schema.migrations,
    migrationsTableName: `migrations_${options.schema.service}`,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    logging: options.logging ?? false,
  };
  if (databaseKind(options.url) === 'sqlite') {
    const database = options.url.slice('sqlite:'.length);
    if (database !== ':memory:') {
      mkdirSync(dirname(database), { recursive: true });
    }
    const busyTimeoutMs = options.busyTimeoutMs ?? 8000;
    return {
      ...common,
      type: 'better-sqlite3',
      database,
      // Five processes share one file: WAL lets readers go on while one writes, and the busy
      // timeout makes a writer wait for the lock instead of failing with SQLITE_BUSY. It stays below the
      // gRPC deadline, so a database locked for longer is answered as such (503) rather than as a timeout.
      enableWAL: true,
      timeout: busyTimeoutMs,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma(`busy_timeout = ${busyTimeoutMs}`);
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: options.mysqlFlavor ?? 'mysql',
    url: options.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: 10000,
    extra: { connectionLimit: 10 },
  };
}

/**
 * Creates the MySQL database named in the URL when it does not exist yet (and the user may),
 * and tells whether the server is MariaDB or MySQL.
 */
export async function ensureMysqlDatabase(url: string): Promise<'mysql' | 'mariadb'> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$-]+$/.test(name)) {
    throw new Error(`DATABASE_URL must name a database (letters, digits, _ $ -), got "${name}"`);
  }
  parsed.pathname = '/';
  const admin = new DataSource({ type: 'mysql', url: parsed.toString(), connectTimeout: 10000 });
  await admin.initialize();
  try {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [{ version }] = (await admin.query('SELECT VERSION() AS version')) as Array<{ version: string }>;
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await admin.destroy();
  }
}

/** Opens the database and brings the service's tables up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const mysqlFlavor = databaseKind(options.url) === 'mysql' ? await ensureMysqlDatabase(options.url) : undefined;
  const dataSource = new DataSource(dataSourceOptions({ ...options, mysqlFlavor }));
  await dataSource.initialize();
  if (!mysqlFlavor) {
    serializeTransactions(dataSource);
    beginImmediately(dataSource);
  }
  if (!options.synchronize) {
    const migrate = () => dataSource.runMigrations({ transaction: 'each' });
    await (mysqlFlavor ? migrateAlone(dataSource, options.url, options.schema.service, migrate) : migrate());
  }
  return dataSource;
}

/**
 * Replicas of one service starting together on one MySQL database take turns to migrate (a named lock, freed by
 * the server if its holder dies): MySQL's DDL is not transactional, so two replicas running the same migration
 * would each fail half way and leave tables behind that the migration then trips over at every start.
 */
async function migrateAlone(dataSource: DataSource, url: string, service: string, migrate: () => Promise<unknown>): Promise<void> {
  // Lock names are server-wide (64 characters at most): one per database and service.
  const lock = `sightline-migrate-${createHash('sha256').update(`${new URL(url).pathname}/${service}`).digest('hex').slice(0, 40)}`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query('SELECT GET_LOCK(?, 300) AS locked', [lock])) as Array<{ locked: number | string | null }>;
    if (Number(locked) !== 1) {
      throw new Error(`another ${service} replica has been migrating the database for 5 minutes; not starting`);
    }
    try {
      await migrate();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Transactions take SQLite's write lock when they begin. TypeORM begins them deferred and `save()` reads
 * before it writes; when another process commits in between, the read snapshot is stale and the first
 * write fails at once with SQLITE_BUSY — the busy timeout does not cover that upgrade. BEGIN IMMEDIATE
 * waits for the lock (up to the busy timeout) instead.
 */
function beginImmediately(dataSource: DataSource): void {
  // The better-sqlite3 driver has one query runner per data source: the one every transaction uses.
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest)) as typeof runner.query;
}

/**
 * better-sqlite3 gives a process one connection, so two transactions at once fail ("cannot start a
 * transaction within a transaction"); concurrent requests' transactions take turns instead.
 */
function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
}
