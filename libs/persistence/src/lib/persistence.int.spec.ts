import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from './data-source.factory';
import { ImageEntity, LabelEntity, ProjectEntity } from './entities/history.entities';
import { SERVICE_SCHEMAS } from './schemas';
import { dropMysqlDatabase, mysqlTestUrl } from './testing/mysql-test-url';

const scratch = mkdtempSync(join(tmpdir(), 'persistence-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, `${randomUUID()}.db`)}`],
  ['MariaDB', mysqlTestUrl],
];

describe.each(targets)('migrations on %s', (kind, makeUrl) => {
  let url: string | undefined;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind} persistence tests: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    // All services share one database by default, each with its own migrations table.
    for (const schema of Object.values(SERVICE_SCHEMAS)) {
      sources.push(await openDatabase({ url, schema }));
    }
  }, 60000);

  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  it('builds exactly the schema the entities describe (no drift)', async () => {
    if (!url) {
      return;
    }
    for (const source of sources) {
      const log = await source.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
    }
  });

  it('is idempotent when every service starts again', async () => {
    if (!url) {
      return;
    }
    const again = await openDatabase({ url, schema: SERVICE_SCHEMAS['history'] });
    expect(await again.showMigrations()).toBe(false);
    await again.destroy();
  });

  it('round-trips rows with millisecond timestamps and enforces one image per project and sha256', async () => {
    if (!url) {
      return;
    }
    const history = sources[0];
    const project = await history.getRepository(ProjectEntity).save(
      Object.assign(new ProjectEntity(), { name: `p-${randomUUID()}`, labels: ['ok', 'défaut ✓'], createdAt: new Date(), updatedAt: new Date() }),
    );
    const capturedAt = new Date('2026-01-02T03:04:05.678Z');
    const image = Object.assign(new ImageEntity(), {
      projectId: project.id,
      sha256: 'a'.repeat(64),
      source: 'upload',
      sourceId: null,
      capturedAt,
      width: 28,
      height: 28,
      mime: 'image/png',
      size: 100,
      ext: 'png',
      label: 'défaut ✓',
      labeledAt: capturedAt,
      createdAt: new Date(),
    });
    await history.getRepository(ImageEntity).save(image);
    const loaded = await history.getRepository(ImageEntity).findOneByOrFail({ id: image.id });
    expect(loaded.capturedAt.toISOString()).toBe(capturedAt.toISOString());
    expect(loaded.label).toBe('défaut ✓');
    expect((await history.getRepository(ProjectEntity).findOneByOrFail({ id: project.id })).labels).toEqual(['ok', 'défaut ✓']);

    const twin = Object.assign(new ImageEntity(), { ...image, id: new ImageEntity().id });
    await expect(history.getRepository(ImageEntity).insert(twin)).rejects.toThrow();

    await history.getRepository(LabelEntity).save(
      Object.assign(new LabelEntity(), { imageId: image.id, projectId: project.id, label: 'ok', origin: 'review', author: 'admin', createdAt: new Date() }),
    );
    expect(await history.getRepository(LabelEntity).countBy({ imageId: image.id })).toBe(1);
  });
});

describe('SQLite shared by several processes', () => {
  it('lets a transaction that reads first still write after another process committed meanwhile', async () => {
    const file = join(scratch, `${randomUUID()}.db`);
    const source = await openDatabase({ url: `sqlite:${file}`, schema: SERVICE_SCHEMAS['history'] });
    try {
      await source.query('CREATE TABLE shared_counter (id INTEGER PRIMARY KEY AUTOINCREMENT, who TEXT NOT NULL)');
      // Another process writes to the same file while this one's transaction is between its read and its write.
      const other = `
        const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
        db.pragma('busy_timeout = 10000');
        db.prepare("INSERT INTO shared_counter (who) VALUES ('other')").run();
        db.close();`;
      let child: ChildProcess | undefined;
      await source.transaction(async (manager) => {
        await manager.query('SELECT COUNT(*) AS n FROM shared_counter');
        child = spawn(process.execPath, ['-e', other], { stdio: 'inherit' });
        await new Promise((resolve) => setTimeout(resolve, 700));
        await manager.query("INSERT INTO shared_counter (who) VALUES ('this')");
      });
      const code = await new Promise((resolve) => child?.once('exit', resolve));
      expect(code).toBe(0);
      expect(await source.query('SELECT who FROM shared_counter ORDER BY id')).toEqual([{ who: 'this' }, { who: 'other' }]);
    } finally {
      await source.destroy();
    }
  });
});

describe.each(targets)('the prediction image_label migration on %s', (kind, makeUrl) => {
  it("copies each image's label onto the predictions that were there before it", async () => {
    const url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    const schema = SERVICE_SCHEMAS['history'];
    const at = schema.migrations.findIndex((m) => m.name.startsWith('PredictionImageLabel'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase({ url, schema: { ...schema, migrations: schema.migrations.slice(0, at) } });
    const time = '2026-01-01 00:00:00.000';
    await before.query('INSERT INTO project (id, name, labels, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', ['p', 'p', '["a","b"]', time, time]);
    for (const [id, label] of [['i1', 'a'], ['i2', null]]) {
      await before.query('INSERT INTO image (id, project_id, sha256, source, captured_at, width, height, mime, size, ext, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        id,
        'p',
        id,
        'upload',
        time,
        1,
        1,
        'image/png',
        1,
        'png',
        label,
        time,
      ]);
      for (const n of [1, 2]) {
        await before.query('INSERT INTO prediction (id, image_id, project_id, model_id, model_version, label, confidence, scores, latency_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          `${id}-${n}`,
          id,
          'p',
          'm',
          n,
          'b',
          0.9,
          '{}',
          1,
          time,
        ]);
      }
    }
    await before.destroy();
    const after = await openDatabase({ url, schema });
    try {
      const rows = (await after.query('SELECT id, image_label FROM prediction ORDER BY id')) as Array<{ id: string; image_label: string | null }>;
      expect(rows).toEqual([
        { id: 'i1-1', image_label: 'a' },
        { id: 'i1-2', image_label: 'a' },
        { id: 'i2-1', image_label: null },
        { id: 'i2-2', image_label: null },
      ]);
    } finally {
      await after.destroy();
      if (url.startsWith('mysql:')) {
        await dropMysqlDatabase(url);
      }
    }
  }, 60000);
});
