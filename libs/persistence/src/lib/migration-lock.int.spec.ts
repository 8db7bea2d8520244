import { DataSource } from 'typeorm';
import { openDatabase } from './data-source.factory';
import { HISTORY_MIGRATIONS } from './migrations/history';
import { HISTORY_SCHEMA } from './schemas';
import { dropMysqlDatabase, mysqlTestUrl } from './testing/mysql-test-url';

describe('replicas starting together on one MariaDB/MySQL database', () => {
  let url: string | undefined;
  beforeAll(async () => {
    url = await mysqlTestUrl();
    if (!url) {
      console.warn('migration lock test skipped: no MariaDB/MySQL at TEST_MYSQL_URL or 127.0.0.1:3306');
    }
  });
  afterAll(async () => {
    if (url) {
      await dropMysqlDatabase(url);
    }
  });

  // Without the lock, two of three failed here with "Table 'project' already exists" / "Table 'migrations_history' already exists".
  it('migrate one at a time: every replica starts and each migration runs once', async () => {
    if (!url) {
      return;
    }
    const dbUrl = url;
    const results = await Promise.allSettled([1, 2, 3].map(() => openDatabase({ url: dbUrl, schema: HISTORY_SCHEMA })));
    const opened = results.filter((r): r is PromiseFulfilledResult<DataSource> => r.status === 'fulfilled').map((r) => r.value);
    try {
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      const rows = (await opened[0].query('SELECT name FROM migrations_history')) as Array<{ name: string }>;
      expect(rows.map((r) => r.name).sort()).toEqual(HISTORY_MIGRATIONS.map((m) => m.name).sort());
    } finally {
      await Promise.all(opened.map((d) => d.destroy()));
    }
  }, 120_000);
});
