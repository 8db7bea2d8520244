import { credentials, loadPackageDefinition, Metadata, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Socket } from 'node:net';
import sharp from 'sharp';
import { MqttClient } from '../apps/camera/src/app/cameras/mqtt-client.repository';
import { CameraServer, ffmpegAvailable, makeVideo, rtspServerUnavailable, startRtspServer } from './support/cameras';
import { pngImage } from './support/images';
import { trainedProject } from './support/inference';
import { dropMysqlDatabase, mysqlTestUrl } from '../libs/persistence/src/lib/testing/mysql-test-url';
import { ADMIN_PASSWORD, Api, files, freePort, ROOT, startSystem, System, waitFor } from './support/system';

/** Capture over raw gRPC, from a client built from proto/camera.proto (not through the gateway). */
function grpcCapture(address: string, id: string): Promise<any> {
  const definition = loadSync(join(ROOT, 'proto', 'camera.proto'), { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
  const ns = loadPackageDefinition(definition) as any;
  const client = new ns.sightline.camera.v1.Camera(address, credentials.createInsecure());
  return new Promise((resolve, reject) =>
    client.Capture({ id }, new Metadata(), { deadline: new Date(Date.now() + 20_000) }, (error: ServiceError | null, reply: unknown) => {
      client.close();
      return error ? reject(error) : resolve(reply);
    }),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const noRtsp = rtspServerUnavailable();
if (noRtsp) {
  console.warn(`RTSP camera test skipped: ${noRtsp}`);
}

const MQTT_URL = 'mqtt://127.0.0.1:1883';

async function brokerUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
    socket.connect(1883, '127.0.0.1', () => (socket.destroy(), resolve(true)));
  });
}

describe('cameras: drivers, schedules, failures', () => {
  let mqtt = false;
  let system: System;
  let api: Api;
  let cameras: CameraServer;
  let projectId: string;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sightline-camera-roots-'));
    cameras = await new CameraServer().start();
    mqtt = await brokerUp();
    if (!mqtt) {
      console.warn(`MQTT trigger test skipped: no broker at ${MQTT_URL}`);
    }
    system = await startSystem({ ...(mqtt ? { MQTT_URL } : {}), CAMERA_FOLDER_ROOTS: root, CAMERA_TIMEOUT_MS: '3000', CAMERA_BACKOFF_MAX_SECONDS: '8', LOG_LEVEL: 'log' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    const project = await api.request('POST', '/projects', { name: 'line 3', labels: ['ok', 'flaw'] });
    projectId = project.body.id;
  });

  afterAll(async () => {
    await system?.stop();
    await cameras?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function create(body: object): Promise<any> {
    const response = await api.request('POST', `/projects/${projectId}/cameras`, body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function capture(id: string): Promise<{ status: number; body: any }> {
    return api.request('POST', `/cameras/${id}/capture`);
  }

  async function expectStored(imageId: string, cameraId: string): Promise<void> {
    await expectStoredIn(projectId, imageId, cameraId);
  }

  async function expectStoredIn(project: string, imageId: string, cameraId: string): Promise<void> {
    const image = await api.request('GET', `/images/${imageId}`);
    expect(image.status).toBe(200);
    expect(image.body).toMatchObject({ projectId: project, source: 'camera', sourceId: cameraId });
    expect(Date.parse(image.body.capturedAt)).toBeGreaterThan(Date.now() - 120_000);
  }

  it('captures now from an HTTP snapshot camera with basic auth, and never returns or logs its password', async () => {
    const camera = await create({ name: 'gate', kind: 'http-snapshot', url: `${cameras.url.replace('http://', 'http://viewer:s3cret-pass@')}/private/snap.jpg` });
    expect(camera.url).toBe(`${cameras.url.replace('http://', 'http://viewer:***@')}/private/snap.jpg`);
    const shot = await capture(camera.id);
    expect(shot.status).toBe(201);
    expect(shot.body).toMatchObject({ cameraId: camera.id, stored: 1, duplicate: false });
    await expectStored(shot.body.imageId, camera.id);
    const status = (await api.request('GET', `/cameras/${camera.id}`)).body;
    expect(status).toMatchObject({ status: 'ok', capturesToday: 1, lastImageId: shot.body.imageId, consecutiveFailures: 0 });
    expect((await api.request('GET', `/images/${shot.body.imageId}/thumbnail`)).status).toBe(200);

    // A wrong password is a camera error that names the HTTP status, not the password.
    const wrong = await create({ name: 'gate, wrong password', kind: 'http-snapshot', url: `${cameras.url.replace('http://', 'http://viewer:not-the-pass@')}/private/snap.jpg` });
    const refused = await capture(wrong.id);
    expect(refused.status).toBe(503);
    expect(refused.body.message).toBe('camera answered HTTP 401');
    const listed = JSON.stringify((await api.request('GET', `/projects/${projectId}/cameras`)).body);
    expect(listed).not.toContain('s3cret-pass');
    expect(listed).not.toContain('not-the-pass');
    expect(system.logs()).not.toContain('s3cret-pass');
    expect(system.logs()).not.toContain('not-the-pass');
  });

  it('sends extra request headers to an HTTP camera and returns only their names', async () => {
    const camera = await create({ name: 'token cam', kind: 'http-snapshot', url: `${cameras.url}/token/snap.jpg`, headers: { 'X-Api-Token': 'tok-123-secret' } });
    expect(camera.headers).toEqual({ 'X-Api-Token': '***' });
    expect((await capture(camera.id)).status).toBe(201);
    expect(JSON.stringify((await api.request('GET', `/cameras/${camera.id}`)).body)).not.toContain('tok-123-secret');
    const bad = await api.request('POST', `/projects/${projectId}/cameras`, { name: 'bad header', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg`, headers: { 'Bad Name': 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/not a valid header name/);
    expect((await api.request('PATCH', `/cameras/${camera.id}`, { headers: {} })).body.headers).toEqual({});
    expect((await capture(camera.id)).body.message).toBe('camera answered HTTP 403');
  });

  it('captures now over gRPC, straight at the camera service', async () => {
    const camera = await create({ name: 'grpc triggered', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg` });
    const reply = await grpcCapture(system.grpc.camera, camera.id);
    expect(reply).toMatchObject({ cameraId: camera.id, stored: 1, duplicate: false });
    await expectStored(reply.imageId, camera.id);
    await expect(grpcCapture(system.grpc.camera, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ details: expect.stringMatching(/not found/) });
  });

  it('asks inference at once when the camera predicts on capture (stored anyway while there is no model)', async () => {
    const camera = await create({ name: 'inspect', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg`, predictOnCapture: true });
    expect(camera.predictOnCapture).toBe(true);
    const shot = await capture(camera.id);
    expect(shot.status).toBe(201);
    expect(shot.body).toMatchObject({ stored: 1, predictionLabel: null, predictionError: expect.stringMatching(/production model/) });
    await expectStored(shot.body.imageId, camera.id);
  });

  it('predicts each frame with the production model when the camera asks for it', async () => {
    const trained = await trainedProject(api, 'camera patterns', 1);
    const labels = (await api.request('GET', `/projects/${trained.projectId}`)).body.labels;
    const response = await api.request('POST', `/projects/${trained.projectId}/cameras`, { name: 'inspect', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg`, predictOnCapture: true });
    const shot = await capture(response.body.id);
    expect(shot.status).toBe(201);
    expect(shot.body).toMatchObject({ stored: 1, predictionError: null });
    expect(labels).toContain(shot.body.predictionLabel);
    expect(shot.body.predictionConfidence).toBeGreaterThan(0);
    await expectStoredIn(trained.projectId, shot.body.imageId, response.body.id);
    const predicted = (await api.request('GET', `/projects/${trained.projectId}/images?predicted=true&pageSize=200`)).body.items;
    expect(predicted.map((image: any) => image.id)).toContain(shot.body.imageId);
  }, 300_000);

  it('takes one frame from an MJPEG stream and disconnects', async () => {
    const camera = await create({ name: 'conveyor', kind: 'mjpeg', url: `${cameras.url}/mjpeg` });
    const first = await capture(camera.id);
    expect(first.status).toBe(201);
    const second = await capture(camera.id);
    expect(second.status).toBe(201);
    expect(second.body.imageId).not.toBe(first.body.imageId);
    await expectStored(second.body.imageId, camera.id);
    const image = await api.request('GET', `/images/${first.body.imageId}`);
    expect(image.body).toMatchObject({ width: 32, height: 24, mime: 'image/jpeg' });
  });

  it('shows one frame on "Test" before a camera is saved, and refuses what would not work', async () => {
    const tested = await api.request('POST', `/projects/${projectId}/cameras/test`, { kind: 'mjpeg', url: `${cameras.url}/mjpeg` });
    expect(tested.status).toBe(200);
    expect(tested.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(tested.body as Buffer).metadata()).width).toBe(32);
    const snapshot = await api.request('POST', `/projects/${projectId}/cameras/test`, { kind: 'http-snapshot', url: `${cameras.url}/snap.jpg` });
    expect(snapshot.status).toBe(200);
    const garbage = await api.request('POST', `/projects/${projectId}/cameras/test`, { kind: 'http-snapshot', url: `${cameras.url}/garbage` });
    expect(garbage.status).toBe(503);
    expect(garbage.body.message).toMatch(/not a JPEG, PNG, WebP or GIF image/);
    const outside = await api.request('POST', `/projects/${projectId}/cameras/test`, { kind: 'folder', path: '/etc' });
    expect(outside.status).toBe(400);
    expect((await api.request('GET', `/projects/${projectId}/cameras`)).body.every((c: any) => c.name !== 'test')).toBe(true);
  });

  it('refuses a folder or video file outside CAMERA_FOLDER_ROOTS with 400', async () => {
    for (const body of [
      { name: 'etc', kind: 'folder', path: '/etc' },
      { name: 'escape', kind: 'folder', path: join(root, '..') },
      { name: 'video', kind: 'video-file', path: '/usr/share/something.mp4' },
    ]) {
      const response = await api.request('POST', `/projects/${projectId}/cameras`, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('CAMERA_FOLDER_ROOTS') });
    }
  });

  it('ingests each new image of a watched folder once, without being asked', async () => {
    const folder = join(root, 'incoming');
    mkdirSync(folder);
    writeFileSync(join(folder, 'before.png'), await pngImage(20, 20, 1));
    const camera = await create({ name: 'scanner drop', kind: 'folder', path: folder });
    await waitFor('the file already there', async () => ((await api.request('GET', `/cameras/${camera.id}`)).body.capturesToday === 1 ? true : undefined), 30_000);
    writeFileSync(join(folder, 'new-1.png'), await pngImage(20, 20, 2));
    writeFileSync(join(folder, 'new-2.png'), await pngImage(20, 20, 3));
    writeFileSync(join(folder, 'notes.txt'), 'not an image');
    writeFileSync(join(folder, 'broken.jpg'), 'a text file named like a JPEG');
    await waitFor('two new files', async () => ((await api.request('GET', `/cameras/${camera.id}`)).body.capturesToday === 3 ? true : undefined), 30_000);
    // The file that is not an image is skipped and logged; it does not fail the camera.
    await waitFor('the skipped file in the log', async () => (system.logs().includes('skipped broken.jpg') ? true : undefined), 30_000);
    expect((await api.request('GET', `/cameras/${camera.id}`)).body).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
    // Capture now finds nothing new: each file is ingested once.
    const again = await capture(camera.id);
    expect(again.status).toBe(201);
    expect(again.body.stored).toBe(0);
    const images = (await api.request('GET', `/projects/${projectId}/images?pageSize=100`)).body.items.filter((i: any) => i.sourceId === camera.id);
    expect(images).toHaveLength(3);
  });

  (ffmpegAvailable() ? it : it.skip)('captures successive frames of a video file through ffmpeg', async () => {
    const video = join(root, 'line.mp4');
    makeVideo(video, 3);
    const camera = await create({ name: 'recorded shift', kind: 'video-file', path: video });
    const ids = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const shot = await capture(camera.id);
      expect(shot.status).toBe(201);
      ids.add(shot.body.imageId);
    }
    // Seconds 0, 1, 2, then the file starts over at 0 (a duplicate of the first frame).
    expect(ids.size).toBe(3);
    const image = await api.request('GET', `/images/${[...ids][0]}`);
    expect(image.body).toMatchObject({ width: 96, height: 72, mime: 'image/png', source: 'camera' });
    const missing = await create({ name: 'gone', kind: 'video-file', path: join(root, 'missing.mp4') });
    const failed = await capture(missing.id);
    expect(failed.status).toBe(503);
    expect(failed.body.message).toMatch(/ffmpeg failed: .*No such file or directory/);
  });

  (ffmpegAvailable() ? it : it.skip)('reports an unreachable RTSP camera with its password masked', async () => {
    const port = await freePort();
    const camera = await create({ name: 'dome', kind: 'rtsp', url: `rtsp://admin:hunter2-secret@127.0.0.1:${port}/stream1` });
    expect(camera.url).toBe(`rtsp://admin:***@127.0.0.1:${port}/stream1`);
    const failed = await capture(camera.id);
    expect(failed.status).toBe(503);
    expect(failed.body.message).toMatch(/ffmpeg failed|no frame in time/);
    expect(JSON.stringify(failed.body)).not.toContain('hunter2-secret');
    const status = (await api.request('GET', `/cameras/${camera.id}`)).body;
    expect(status.lastError).not.toContain('hunter2-secret');
    expect(system.logs()).not.toContain('hunter2-secret');
  });

  (noRtsp ? it.skip : it)('captures from an RTSP camera (GStreamer test pattern) through ffmpeg', async () => {
    const port = await freePort();
    const server = await startRtspServer(port);
    try {
      const camera = await create({ name: 'rtsp dome', kind: 'rtsp', url: `rtsp://127.0.0.1:${port}/test` });
      const shot = await waitFor('an RTSP frame', async () => {
        const response = await capture(camera.id);
        return response.status === 201 ? response : undefined;
      }, 30_000, 500);
      await expectStored(shot.body.imageId, camera.id);
      expect((await api.request('GET', `/images/${shot.body.imageId}`)).body).toMatchObject({ width: 160, height: 120, mime: 'image/png' });
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('captures when a message arrives on sightline/cameras/<id>/capture (MQTT, local Mosquitto)', async () => {
    if (!mqtt) {
      return; // reported in beforeAll
    }
    const camera = await create({ name: 'plc triggered', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg` });
    const replies: string[] = [];
    let connected!: () => void;
    const ready = new Promise<void>((r) => (connected = r));
    const client = new MqttClient(new URL(MQTT_URL), [`sightline/cameras/${camera.id}/captured`], (_topic, payload) => replies.push(payload.toString()), (state) => state === 'connected' && connected());
    client.start();
    try {
      await ready;
      await waitFor('the camera service to subscribe', async () => (system.logs().includes('MQTT: listening') ? true : undefined), 30_000);
      await sleep(300); // our own SUBACK
      client.publish(`sightline/cameras/${camera.id}/capture`, '1');
      const reply = await waitFor('the capture reply', async () => replies[0], 30_000);
      expect(JSON.parse(reply)).toMatchObject({ ok: true, stored: 1 });
      const image = JSON.parse(reply).imageId;
      await expectStored(image, camera.id);
      expect((await api.request('GET', `/cameras/${camera.id}`)).body).toMatchObject({ capturesToday: 1, lastImageId: image });
    } finally {
      client.close();
    }
  });

  it('stores webcam frames posted by the browser, with a label, and refuses them for other kinds', async () => {
    const webcam = await create({ name: 'laptop', kind: 'webcam' });
    const posted = await api.request('POST', `/cameras/${webcam.id}/frames`, (() => {
      const form = files({ name: 'frame.png', content: Buffer.alloc(0), type: 'image/png' });
      form.delete('file');
      return form;
    })());
    expect(posted.status).toBe(400);
    const form = files({ name: 'frame.png', content: await pngImage(40, 30, 9), type: 'image/png' });
    form.append('label', 'flaw');
    const stored = await api.request('POST', `/cameras/${webcam.id}/frames`, form);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ cameraId: webcam.id, stored: 1 });
    const image = (await api.request('GET', `/images/${stored.body.imageId}`)).body;
    expect(image).toMatchObject({ source: 'camera', sourceId: webcam.id, label: 'flaw' });
    expect((await capture(webcam.id)).status).toBe(409);
    const snapshot = await create({ name: 'not a webcam', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg` });
    expect((await api.request('POST', `/cameras/${snapshot.id}/frames`, files({ name: 'f.png', content: await pngImage(8, 8), type: 'image/png' }))).status).toBe(409);
  });

  it('runs each schedule on one replica only when two camera services share the database', async () => {
    const camera = await create({ name: 'replicated', kind: 'http-snapshot', url: `${cameras.url}/replicated.jpg`, schedule: { everySeconds: 1 } });
    let logs = '';
    const second = spawn(process.execPath, [join(ROOT, 'dist/apps/camera/main.js')], {
      cwd: ROOT,
      env: { ...system.env, CAMERA_GRPC_URL: `127.0.0.1:${await freePort()}`, MQTT_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    second.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    second.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    try {
      await waitFor('the second camera service to arm its cameras', async () => (/enabled camera\(s\)/.test(logs) ? true : undefined), 60_000);
      const before = cameras.hits.get('/replicated.jpg') ?? 0;
      const started = Date.now();
      await sleep(5000);
      const seconds = (Date.now() - started) / 1000;
      const hits = (cameras.hits.get('/replicated.jpg') ?? 0) - before;
      // Both replicas have a timer; the lease lets one of them capture: about one request a second, not two.
      expect(hits).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
      expect(hits).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    } finally {
      second.kill('SIGTERM');
      await api.request('PATCH', `/cameras/${camera.id}`, { enabled: false });
    }
  });

  it('runs schedules on time; broken cameras report their error and back off without slowing the others', async () => {
    const refusedPort = await freePort();
    const started = Date.now();
    const good = await Promise.all([
      create({ name: 'every second A', kind: 'http-snapshot', url: `${cameras.url}/snap.jpg`, schedule: { everySeconds: 1 } }),
      create({ name: 'every second B', kind: 'http-snapshot', url: `${cameras.url}/snap-2.jpg`, schedule: { everySeconds: 1 } }),
    ]);
    const broken = {
      http500: await create({ name: '500', kind: 'http-snapshot', url: `${cameras.url}/broken`, schedule: { everySeconds: 1 } }),
      refused: await create({ name: 'refused', kind: 'http-snapshot', url: `http://127.0.0.1:${refusedPort}/snap.jpg`, schedule: { everySeconds: 1 } }),
      garbage: await create({ name: 'garbage', kind: 'http-snapshot', url: `${cameras.url}/garbage`, schedule: { everySeconds: 1 } }),
      stall: await create({ name: 'stall', kind: 'http-snapshot', url: `${cameras.url}/stall`, schedule: { everySeconds: 1 } }),
      mjpegStall: await create({ name: 'mjpeg stall', kind: 'mjpeg', url: `${cameras.url}/mjpeg-stall`, schedule: { everySeconds: 1 } }),
    };
    await sleep(6500);
    const seconds = (Date.now() - started) / 1000;
    for (const camera of good) {
      const status = (await api.request('GET', `/cameras/${camera.id}`)).body;
      // One capture per second, minus the first second's wait and slack for a slow machine.
      expect(status.capturesToday).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
      expect(status.capturesToday).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
      expect(status).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
      expect(status.nextCaptureAt).not.toBeNull();
    }
    // The frames really are in history, each its own image, tagged with its camera.
    const stored = (await api.request('GET', `/projects/${projectId}/images?pageSize=200`)).body.items;
    for (const camera of good) {
      const mine = stored.filter((image: any) => image.sourceId === camera.id);
      expect(mine.length).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
      expect(new Set(mine.map((image: any) => image.sha256)).size).toBe(mine.length);
    }
    const expectations: Record<keyof typeof broken, RegExp> = {
      http500: /^camera answered HTTP 500$/,
      refused: /^camera did not answer: ECONNREFUSED$/,
      garbage: /unusable frame/,
      stall: /stopped sending before the image was complete|did not answer in time/,
      mjpegStall: /the stream stalled/,
    };
    for (const [key, camera] of Object.entries(broken) as Array<[keyof typeof broken, any]>) {
      // The stalling cameras were created last and each try waits out the capture timeout: on a slow machine
      // their first failure may land after the fixed wait above.
      const status = await waitFor(`camera "${camera.name}" to fail`, async () => {
        const body = (await api.request('GET', `/cameras/${camera.id}`)).body;
        return body.status === 'failing' ? body : undefined;
      }, 20_000);
      expect({ key, status: status.status, lastError: status.lastError }).toMatchObject({ key, status: 'failing', lastError: expect.stringMatching(expectations[key]) });
      // Backing off: after 1, 2, 4 s waits far fewer than one try per second.
      expect(status.consecutiveFailures).toBeGreaterThanOrEqual(1);
      expect(status.consecutiveFailures).toBeLessThanOrEqual(4);
      expect(status.capturesToday).toBe(0);
    }
    expect(cameras.hits.get('/broken')).toBeLessThanOrEqual(4);

    // Disabling stops at once; enabling again resumes without a restart.
    for (const camera of [...good, ...Object.values(broken)]) {
      expect((await api.request('PATCH', `/cameras/${camera.id}`, { enabled: false })).status).toBe(200);
    }
    const frozen = (await api.request('GET', `/cameras/${good[0].id}`)).body.capturesToday;
    await sleep(2500);
    expect((await api.request('GET', `/cameras/${good[0].id}`)).body.capturesToday).toBeLessThanOrEqual(frozen + 1);
    expect((await api.request('GET', `/cameras/${good[0].id}`)).body.nextCaptureAt).toBeNull();
    await api.request('PATCH', `/cameras/${good[0].id}`, { enabled: true, schedule: { everySeconds: 1 } });
    await waitFor('captures to resume', async () => ((await api.request('GET', `/cameras/${good[0].id}`)).body.capturesToday >= frozen + 2 ? true : undefined), 30_000);
    await api.request('PATCH', `/cameras/${good[0].id}`, { enabled: false });
  });
});

describe('camera schedules on MariaDB, with two camera service replicas', () => {
  let system: System | undefined;
  let databaseUrl: string | undefined;
  let cameras: CameraServer;

  beforeAll(async () => {
    databaseUrl = await mysqlTestUrl();
    if (databaseUrl === undefined) {
      console.warn('Skipping the MariaDB camera test: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).');
      return;
    }
    cameras = await new CameraServer().start();
    system = await startSystem({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'log' });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await cameras?.stop();
    if (databaseUrl) {
      await dropMysqlDatabase(databaseUrl);
    }
  });

  it('captures every second on one replica, with the status kept in MariaDB', async () => {
    if (!system) {
      return; // reported in beforeAll
    }
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    const projectId = (await api.request('POST', '/projects', { name: 'mariadb cameras' })).body.id;
    const camera = (await api.request('POST', `/projects/${projectId}/cameras`, { name: 'replicated', kind: 'http-snapshot', url: `${cameras.url}/replicated.jpg`, schedule: { everySeconds: 1 } })).body;
    let logs = '';
    const second = spawn(process.execPath, [join(ROOT, 'dist/apps/camera/main.js')], { cwd: ROOT, env: { ...system.env, CAMERA_GRPC_URL: `127.0.0.1:${await freePort()}` }, stdio: ['ignore', 'pipe', 'pipe'] });
    second.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    second.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    try {
      await waitFor('the second camera service to arm its cameras', async () => (/enabled camera\(s\)/.test(logs) ? true : undefined), 60_000);
      const before = cameras.hits.get('/replicated.jpg') ?? 0;
      const started = Date.now();
      await sleep(5000);
      const seconds = (Date.now() - started) / 1000;
      const hits = (cameras.hits.get('/replicated.jpg') ?? 0) - before;
      expect(hits).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
      expect(hits).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
      const status = (await api.request('GET', `/cameras/${camera.id}`)).body;
      expect(status).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
      expect(status.capturesToday).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
    } finally {
      second.kill('SIGTERM');
    }
  });
});
