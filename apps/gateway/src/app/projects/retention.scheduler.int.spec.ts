import { loadConfig } from '@sightline/config';
import { dropMysqlDatabase, GATEWAY_SCHEMA, mysqlTestUrl, openDatabase, SchedulerLeaseEntity } from '@sightline/persistence';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { HistoryRepository } from './history.repository';
import type { ProjectsService } from './projects.service';
import { RETENTION_LEASE, RetentionScheduler } from './retention.scheduler';
import { SchedulerLeaseRepository } from './scheduler-lease.repository';

const scratch = mkdtempSync(join(tmpdir(), 'gateway-lease-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, 'gateway.db')}`],
  ['MariaDB', mysqlTestUrl],
];

// Two gateway replicas: each its own DataSource (its own connection) on the one database, as two processes have.
describe.each(targets)('retention runs in one gateway replica at a time on %s', (kind, makeUrl) => {
  let url: string | undefined;
  const sources: DataSource[] = [];
  const runs: string[] = [];
  const config = loadConfig({ RETENTION_CHECK_SECONDS: '60' });
  const history = { listProjects: async () => [{ id: 'p1', retentionDays: 30 }] } as unknown as HistoryRepository;

  function replica(dataSource: DataSource, name: string): RetentionScheduler {
    const projects = {
      runRetention: async () => {
        runs.push(name);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { images: 0, bytes: 0 };
      },
    } as unknown as ProjectsService;
    return new RetentionScheduler(config, history, projects, new SchedulerLeaseRepository(dataSource));
  }

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    sources.push(await openDatabase({ url, schema: GATEWAY_SCHEMA }));
    sources.push(await openDatabase({ url, schema: GATEWAY_SCHEMA }));
  }, 60000);

  afterAll(async () => {
    for (const source of sources) {
      await source.destroy();
    }
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  it('lets one replica run each tick, keeps it with the holder, and passes it on when the holder stops or dies', async () => {
    if (!url) {
      return;
    }
    const [a, b] = [replica(sources[0], 'a'), replica(sources[1], 'b')];
    // Both tick at once, many times: exactly one runs each time, and it is always the same one.
    const first = await Promise.all([a.runAll(), b.runAll()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const holder = first[0] ? 'a' : 'b';
    for (let tick = 0; tick < 5; tick++) {
      expect((await Promise.all([a.runAll(), b.runAll()])).filter(Boolean)).toHaveLength(1);
    }
    expect(runs).toEqual(Array(6).fill(holder));
    const lease = await sources[0].getRepository(SchedulerLeaseEntity).findOneByOrFail({ name: RETENTION_LEASE });
    expect(lease.holder).toBe((holder === 'a' ? a : b).replica);
    expect(lease.heldUntil.getTime()).toBeGreaterThan(Date.now() + 60_000);

    // The holder stops (its module is destroyed): the other runs at its next tick, and keeps it.
    await (holder === 'a' ? a : b).onModuleDestroy();
    const other = holder === 'a' ? b : a;
    runs.length = 0;
    expect(await other.runAll()).toBe(true);
    const c = replica(holder === 'a' ? sources[0] : sources[1], 'c');
    expect(await c.runAll()).toBe(false);
    expect(runs).toEqual([holder === 'a' ? 'b' : 'a']);

    // The new holder dies without a word: nobody runs until its lease runs out, then the next replica takes over.
    await sources[0].getRepository(SchedulerLeaseEntity).update({ name: RETENTION_LEASE }, { heldUntil: new Date(Date.now() + 500) });
    expect(await c.runAll()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await c.runAll()).toBe(true);
    expect((await sources[1].getRepository(SchedulerLeaseEntity).findOneByOrFail({ name: RETENTION_LEASE })).holder).toBe(c.replica);
  }, 60000);
});
