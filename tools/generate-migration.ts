// Usage: npm run migration:generate -- <service> <Name>
// Diffs the service's entities against the schema its existing migrations build, on a scratch
// SQLite file and a scratch MariaDB/MySQL database (MIGRATION_MYSQL_URL, default root@127.0.0.1),
// and writes one migration holding the exact SQL for both dialects.
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureMysqlDatabase, SERVICE_SCHEMAS } from '@sightline/persistence';

async function diff(url: string, service: string, mysqlFlavor?: 'mysql' | 'mariadb'): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource(dataSourceOptions({ url, schema: SERVICE_SCHEMAS[service], mysqlFlavor }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const log = await dataSource.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const [service, name] = process.argv.slice(2);
  if (!service || !SERVICE_SCHEMAS[service] || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(`usage: generate-migration <${Object.keys(SERVICE_SCHEMAS).join('|')}> <PascalCaseName>`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'migration-'));
  const mysqlBase = process.env['MIGRATION_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';
  const mysqlUrl = `${mysqlBase}/sightline_migration_${service}`;
  try {
    const sqlite = await diff(`sqlite:${join(scratch, 'db.sqlite')}`, service);
    const mysql = await diff(mysqlUrl, service, await ensureMysqlDatabase(mysqlUrl));
    if (sqlite.up.length === 0 && mysql.up.length === 0) {
      console.log(`No changes in ${service}'s entities.`);
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const dir = join(__dirname, '../libs/persistence/src/lib/migrations', service);
    const fileName = `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}`;
    writeFileSync(
      join(dir, `${fileName}.ts`),
      `import { DialectMigration } from '../dialect-migration';\n\nexport class ${className} extends DialectMigration {\n` +
        `  name = '${className}';\n\n` +
        `  protected readonly sqlite = ${JSON.stringify(sqlite, null, 2).replace(/\n/g, '\n  ')};\n\n` +
        `  protected readonly mysql = ${JSON.stringify(mysql, null, 2).replace(/\n/g, '\n  ')};\n}\n`,
    );
    const files = readdirSync(dir).filter((f) => /^\d+-.*\.ts$/.test(f)).sort();
    const imports = files.map((f) => {
      const [ts, ...rest] = f.replace(/\.ts$/, '').split('-');
      const cls = rest.map((p) => p[0].toUpperCase() + p.slice(1)).join('') + ts;
      return { cls, path: `./${f.replace(/\.ts$/, '')}` };
    });
    writeFileSync(
      join(dir, 'index.ts'),
      `// Maintained by tools/generate-migration.ts.\n${imports.map((i) => `import { ${i.cls} } from '${i.path}';`).join('\n')}\n\n` +
        `export const ${service.toUpperCase()}_MIGRATIONS = [${imports.map((i) => i.cls).join(', ')}];\n`,
    );
    console.log(`Wrote migrations/${service}/${fileName}.ts`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
