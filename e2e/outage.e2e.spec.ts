import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dropMysqlDatabase, mysqlTestUrl } from '../libs/persistence/src/lib/testing/mysql-test-url';
import { CameraServer } from './support/cameras';
import { pngImage } from './support/images';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';
import { TcpProxy } from './support/tcp-proxy';

const SERVICES = ['gateway', 'history', 'camera', 'training', 'inference'];
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface Outage {
  begin(): Promise<void>;
  end(): Promise<void>;
}

function spooled(system: System): number {
  try {
    return readdirSync(join(system.dataDir, 'spool', 'captures')).filter((name) => name.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

async function cameraImages(api: Api, projectId: string, cameraId: string): Promise<any[]> {
  const page = await api.request('GET', `/projects/${projectId}/images?pageSize=200`);
  expect(page.status).toBe(200);
  return page.body.items.filter((image: any) => image.source === 'camera' && image.sourceId === cameraId);
}

/** A frame as the console's webcam page sends it. */
async function postWebcamFrame(api: Api, cameraId: string, content: Buffer, label: string) {
  const form = files({ name: 'webcam.png', content, type: 'image/png' });
  form.append('label', label);
  return api.request('POST', `/cameras/${cameraId}/frames`, form);
}

/**
 * The database goes away while a camera captures every second and a user uploads: requests that need it get 503
 * with the reason, no process restarts, health says the database is down and then up again, the captures taken
 * meanwhile wait in the camera service's spool and are all in history afterwards (frames served by the camera =
 * camera images stored), a webcam frame posted meanwhile is acknowledged as spooled and stored with its label
 * afterwards, an upload refused during the outage left nothing behind, earlier images are intact.
 */
async function survivesOutage(system: System, cameras: CameraServer, outage: Outage): Promise<void> {
  const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
  const projectId = (await api.request('POST', '/projects', { name: 'outage', labels: ['a', 'b'] })).body.id;
  const before = await pngImage(24, 24, 1);
  const first = await api.request('POST', `/projects/${projectId}/images`, files({ name: 'before.png', content: before, type: 'image/png' }));
  expect(first.status).toBe(201);
  const camera = (await api.request('POST', `/projects/${projectId}/cameras`, { name: 'door', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg`, schedule: { everySeconds: 1 }, enabled: true })).body;
  await waitFor('the camera to store two frames', async () => ((await cameraImages(api, projectId, camera.id)).length >= 2 ? true : undefined), 60_000);
  const webcam = (await api.request('POST', `/projects/${projectId}/cameras`, { name: 'browser', kind: 'webcam' })).body;
  const webcamBefore = await postWebcamFrame(api, webcam.id, await pngImage(24, 24, 3), 'a');
  expect(webcamBefore.status).toBe(201);
  expect(webcamBefore.body).toMatchObject({ stored: 1, spooled: 0 });
  const pids = SERVICES.map((name) => system.childPid(name));

  await outage.begin();
  const outageStarted = Date.now();
  const down = await waitFor('health to report the database down', async () => {
    const health = await api.request('GET', '/health');
    return health.body.database === 'down' ? health : undefined;
  }, 60_000, 500);
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('degraded');

  const during = await pngImage(24, 24, 2);
  const refused = await api.request('POST', `/projects/${projectId}/images`, files({ name: 'during.png', content: during, type: 'image/png' }));
  expect(refused.status).toBe(503);
  expect(refused.body.message).toMatch(/database/i);

  const webcamFrame = await pngImage(24, 24, 4);
  const webcamDuring = await postWebcamFrame(api, webcam.id, webcamFrame, 'b');
  expect(webcamDuring.status).toBe(201);
  expect(webcamDuring.body).toMatchObject({ cameraId: webcam.id, stored: 0, spooled: 1 });

  await waitFor('three captures and the webcam frame in the spool', async () => (spooled(system) >= 4 ? true : undefined), 90_000, 500);
  expect(SERVICES.map((name) => system.childPid(name))).toEqual(pids);
  await outage.end();
  const outageEnded = Date.now();

  const up = await waitFor('health to report the database up', async () => {
    const health = await api.request('GET', '/health');
    return health.status === 200 ? health : undefined;
  }, 90_000, 500);
  expect(up.body).toMatchObject({ status: 'ok', database: 'up' });
  expect(SERVICES.map((name) => system.childPid(name))).toEqual(pids);

  // Stop the camera, let any capture in flight end, then every frame it was served must be an image in history.
  expect((await api.request('PATCH', `/cameras/${camera.id}`, { enabled: false })).status).toBe(200);
  await new Promise((r) => setTimeout(r, 3000));
  const served = cameras.hits.get('/snap.jpg') ?? 0;
  const stored = await waitFor(
    'every frame served to be stored',
    async () => {
      const images = await cameraImages(api, projectId, camera.id);
      return images.length === served && spooled(system) === 0 ? images : undefined;
    },
    90_000,
    500,
  );
  expect(new Set(stored.map((image) => image.sha256)).size).toBe(served);
  // Spooled frames keep the time they were taken, not the time they reached history.
  const takenDuringOutage = stored.filter((image) => {
    const at = Date.parse(image.capturedAt);
    return at >= outageStarted - 2000 && at <= outageEnded;
  });
  expect(takenDuringOutage.length).toBeGreaterThanOrEqual(3);
  // The webcam frame acknowledged during the outage is there once, with its label and the time it was posted.
  const webcamImages = await cameraImages(api, projectId, webcam.id);
  expect(webcamImages.filter((image) => image.sha256 === sha256(webcamFrame))).toEqual([
    expect.objectContaining({ label: 'b', capturedAt: webcamDuring.body.capturedAt }),
  ]);
  expect(webcamImages).toHaveLength(2);

  // The refused upload stored no row; it goes in now. The image from before is intact.
  const all = (await api.request('GET', `/projects/${projectId}/images?pageSize=200`)).body.items;
  expect(all.map((image: any) => image.sha256)).not.toContain(sha256(during));
  const retried = await api.request('POST', `/projects/${projectId}/images`, files({ name: 'during.png', content: during, type: 'image/png' }));
  expect(retried.status).toBe(201);
  expect(retried.body[0].duplicate).toBe(false);
  const content = await api.request('GET', `/images/${first.body[0].id}/content`);
  expect(sha256(content.body)).toBe(sha256(before));
}

describe('database outage on SQLite (the file locked by another process)', () => {
  let system: System;
  let cameras: CameraServer;

  beforeAll(async () => {
    cameras = await new CameraServer().start();
    // A short busy timeout keeps each refused write quick; CAMERA_TIMEOUT_MS is generous because better-sqlite3
    // waits for a lock synchronously, which holds the camera service's event loop meanwhile.
    system = await startSystem({ DATABASE_BUSY_TIMEOUT_MS: '1500', CAMERA_TIMEOUT_MS: '30000' });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await cameras?.stop();
  });

  it('answers 503, spools captures, and recovers without a restart when the lock is released', async () => {
    let lock: Database.Database | undefined;
    await survivesOutage(system, cameras, {
      async begin() {
        lock = new Database(join(system.dataDir, 'sightline.db'), { timeout: 30_000 });
        lock.exec('BEGIN EXCLUSIVE');
      },
      async end() {
        lock?.exec('ROLLBACK');
        lock?.close();
      },
    });
  }, 360_000);
});

describe('database outage on MariaDB (the connection cut by a proxy)', () => {
  let system: System | undefined;
  let databaseUrl: string | undefined;
  let proxy: TcpProxy;
  let cameras: CameraServer;

  beforeAll(async () => {
    databaseUrl = await mysqlTestUrl();
    if (databaseUrl === undefined) {
      console.warn('Skipping the MariaDB outage test: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).');
      return;
    }
    const direct = new URL(databaseUrl);
    proxy = await new TcpProxy(direct.hostname, Number(direct.port || 3306)).start();
    const proxied = new URL(databaseUrl);
    proxied.port = String(proxy.port);
    cameras = await new CameraServer().start();
    system = await startSystem({ DATABASE_URL: proxied.toString(), CAMERA_TIMEOUT_MS: '30000' });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await cameras?.stop();
    await proxy?.stop();
    if (databaseUrl) {
      await dropMysqlDatabase(databaseUrl);
    }
  });

  it('answers 503, spools captures, and reconnects by itself when the server is back', async () => {
    if (!system) {
      return; // reported in beforeAll
    }
    await survivesOutage(system, cameras, { begin: () => proxy.cut(), end: () => proxy.restore() });
  }, 360_000);
});
