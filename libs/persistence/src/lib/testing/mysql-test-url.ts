import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * A fresh, uniquely named database on the test MariaDB/MySQL server (TEST_MYSQL_URL, default
 * root without password on 127.0.0.1:3306), or undefined when no server answers.
 */
export async function mysqlTestUrl(): Promise<string | undefined> {
  const base = process.env['TEST_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';
  const probe = new DataSource({ type: 'mysql', url: `${base}/`, connectTimeout: 3000 });
  try {
    await probe.initialize();
  } catch {
    return undefined;
  }
  const name = `sightline_test_${randomBytes(4).toString('hex')}`;
  await probe.query(`CREATE DATABASE \`${name}\``);
  await probe.destroy();
  return `${base}/${name}`;
}

export async function dropMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.replace(/^\//, '');
  parsed.pathname = '/';
  const admin = new DataSource({ type: 'mysql', url: parsed.toString(), connectTimeout: 3000 });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.destroy();
}
