import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openDatabase } from './data-source.factory';
import { SERVICE_SCHEMAS } from './schemas';
import { dropMysqlDatabase, mysqlTestUrl } from './testing/mysql-test-url';

/**
 * The services need no more than their own schema: a MySQL/MariaDB user granted ALL on one database and nothing
 * else can migrate and use every service's tables (the database created beforehand by an administrator).
 */
describe('a MySQL user with privileges on its own schema only', () => {
  let url: string | undefined;
  let admin: DataSource | undefined;
  const user = `sl_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const hosts = ['%', 'localhost', '127.0.0.1'];

  beforeAll(async () => {
    url = await mysqlTestUrl();
    if (!url) {
      console.warn('least-privilege test skipped: no MariaDB/MySQL at TEST_MYSQL_URL or 127.0.0.1:3306');
      return;
    }
    const server = new URL(url);
    const database = server.pathname.slice(1);
    server.pathname = '/';
    admin = new DataSource({ type: 'mysql', url: server.toString(), connectTimeout: 3000 });
    await admin.initialize();
    for (const host of hosts) {
      await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`);
      await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${user}'@'${host}'`);
    }
  });

  afterAll(async () => {
    for (const host of admin ? hosts : []) {
      await admin?.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
    }
    await admin?.destroy();
    if (url) {
      await dropMysqlDatabase(url);
    }
  });

  it('migrates and uses every service schema, and sees no other database', async () => {
    if (!url) {
      return;
    }
    const restricted = new URL(url);
    restricted.username = user;
    restricted.password = password;
    for (const schema of Object.values(SERVICE_SCHEMAS)) {
      const dataSource = await openDatabase({ url: restricted.toString(), schema });
      try {
        for (const entity of dataSource.entityMetadatas) {
          await dataSource.query(`SELECT COUNT(*) AS n FROM \`${entity.tableName}\``);
        }
        const databases = ((await dataSource.query('SHOW DATABASES')) as Array<{ Database: string }>).map((row) => row.Database);
        expect(databases.filter((name) => name !== 'information_schema')).toEqual([restricted.pathname.slice(1)]);
      } finally {
        await dataSource.destroy();
      }
    }
  }, 120_000);
});
