import { loadConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CameraRepository } from './camera.repository';
import { maskSecretsIn } from './camera-url';
import { CaptureSchedulerService, nextDelayMs } from './capture-scheduler.service';
import { CaptureSpoolRepository } from './capture-spool.repository';
import { CaptureSpoolService } from './capture-spool.service';
import { CaptureService } from './capture.service';
import { CamerasService, maskUrl } from './cameras.service';
import { Frame } from './drivers/capture-driver';
import { CaptureDriversRepository } from './drivers/capture-drivers.repository';
import { firstPart } from './drivers/mjpeg-driver.repository';
import { HistoryClientRepository } from './history-client.repository';
import { InferenceClientRepository } from './inference-client.repository';

class MemoryCameras {
  readonly rows = new Map<string, CameraEntity>();
  /** A copy, as a database read is: later writes do not show through it. */
  async findById(id: string) {
    const row = this.rows.get(id);
    return row ? Object.assign(new CameraEntity(), row) : null;
  }
  async list(projectId?: string) {
    return [...this.rows.values()].filter((c) => !projectId || c.projectId === projectId);
  }
  async listEnabled() {
    return [...this.rows.values()].filter((c) => c.enabled);
  }
  async save(camera: CameraEntity) {
    camera.id ??= `cam${this.rows.size + 1}`;
    this.rows.set(camera.id, camera);
    return camera;
  }
  async updateStatus(id: string, status: Partial<CameraEntity>) {
    Object.assign(this.rows.get(id) ?? {}, status);
  }
  async updateSettings(id: string, settings: Partial<CameraEntity>) {
    Object.assign(this.rows.get(id) ?? {}, settings);
  }
  async delete(id: string) {
    this.rows.delete(id);
  }
  async claim() {
    return true;
  }
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function setup(grab: () => Promise<Frame[]>) {
  const root = mkdtempSync(join(tmpdir(), 'cam-spec-'));
  roots.push(root);
  const config = loadConfig({ DATA_DIR: root, CAMERA_FOLDER_ROOTS: root });
  const cameras = new MemoryCameras();
  const stored: Buffer[] = [];
  const labels: string[] = [];
  const outage = { down: false };
  const events: Array<{ projectId: string; event: string; data: Record<string, unknown> }> = [];
  const history = {
    emitEvent: async (projectId: string, event: string, data: Record<string, unknown>) => {
      events.push({ projectId, event, data });
    },
    getProject: async (id: string) => {
      if (id !== 'p1') {
        throw new DomainError(ErrorCode.NotFound, `project ${id} not found`);
      }
      return { id };
    },
    storeCapture: async (_p: string, _c: string, content: Buffer, _f: string, label = '') => {
      if (outage.down) {
        throw new DomainError(ErrorCode.Unavailable, 'the database is unavailable');
      }
      if (content.toString() === 'garbage') {
        throw new DomainError(ErrorCode.InvalidArgument, 'the file is not an image');
      }
      stored.push(content);
      labels.push(label);
      return { id: `img${stored.length}`, capturedAt: '2026-01-01T00:00:00.000Z', duplicate: false };
    },
  };
  const drivers = { grab, forget: () => undefined, hasUnsettled: () => false } as unknown as CaptureDriversRepository;
  const inference = { predict: async () => ({ label: 'ok', confidence: 0.9 }) } as unknown as InferenceClientRepository;
  const spool = new CaptureSpoolRepository(config);
  const captures = new CaptureService(cameras as unknown as CameraRepository, drivers, history as unknown as HistoryClientRepository, inference, spool, config);
  const scheduler = new CaptureSchedulerService(config, cameras as unknown as CameraRepository, captures, drivers);
  scheduler.onModuleDestroy(); // no timers in unit tests
  const service = new CamerasService(config, cameras as unknown as CameraRepository, history as unknown as HistoryClientRepository, captures, scheduler, drivers);
  return { service, cameras, stored, labels, root, events, outage, spool, config, captures, drivers, history: history as unknown as HistoryClientRepository };
}

describe('CamerasService', () => {
  it('masks passwords in every URL it returns and in error messages', () => {
    expect(maskUrl('rtsp://admin:hunter2@10.0.0.9:554/stream')).toBe('rtsp://admin:***@10.0.0.9:554/stream');
    expect(maskUrl('http://10.0.0.9/snap.jpg')).toBe('http://10.0.0.9/snap.jpg');
    expect(maskUrl(null)).toBe('');
    expect(maskSecretsIn('rtsp://admin:hunter2@10.0.0.9:554/stream: Connection refused', 'rtsp://admin:hunter2@10.0.0.9:554/stream')).toBe(
      'rtsp://admin:***@10.0.0.9:554/stream: Connection refused',
    );
  });

  it('validates kind, url scheme, path, and schedule', async () => {
    const { service, root } = setup(async () => []);
    const create = (kind: string, input: object) => service.create('p1', kind, { name: 'c', ...input });
    await expect(create('toaster', {})).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    await expect(create('rtsp', { url: 'http://x/y' })).rejects.toThrow(/rtsp/);
    await expect(create('http-snapshot', {})).rejects.toThrow(/needs a url/);
    await expect(create('folder', {})).rejects.toThrow(/needs a path/);
    await expect(create('folder', { path: '/etc' })).rejects.toThrow(/CAMERA_FOLDER_ROOTS/);
    await expect(create('folder', { path: join(root, '..', 'elsewhere') })).rejects.toThrow(/CAMERA_FOLDER_ROOTS/);
    await expect(create('folder', { path: 'relative/dir' })).rejects.toThrow(/absolute/);
    await expect(create('v4l2', { path: join(root, 'x') })).rejects.toThrow(/\/dev/);
    await expect(create('webcam', { url: 'http://x' })).rejects.toThrow(/takes no url/);
    await expect(create('http-snapshot', { url: 'http://x', schedule: { everySeconds: 5, cron: '* * * * *' } })).rejects.toThrow(/not both/);
    await expect(create('http-snapshot', { url: 'http://x', schedule: { everySeconds: 0, cron: 'every day' } })).rejects.toThrow(/cron/);
    await expect(service.create('nope', 'webcam', { name: 'c' })).rejects.toMatchObject({ code: ErrorCode.NotFound });
    expect(await create('folder', { path: join(root, 'incoming') })).toMatchObject({ path: join(root, 'incoming') });
    const ok = await create('http-snapshot', { url: 'http://u:p@x/snap.jpg', schedule: { everySeconds: 0, cron: '*/5 * * * *' } });
    expect(ok).toMatchObject({ url: 'http://u:***@x/snap.jpg', schedule: { everySeconds: 0, cron: '*/5 * * * *' }, enabled: true, status: 'idle' });
  });

  it('stores a capture, counts it, and records failures (garbage bytes included) as camera errors', async () => {
    let frame = Buffer.from('jpeg bytes');
    let fail = false;
    const { service, cameras, stored, events } = setup(async () => {
      if (fail) {
        throw new DomainError(ErrorCode.Unavailable, 'camera answered HTTP 500');
      }
      return [{ content: frame, filename: 'f' }];
    });
    const camera = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg' });
    expect(await service.capture(camera.id)).toMatchObject({ cameraId: camera.id, imageId: 'img1', stored: 1 });
    expect(stored).toHaveLength(1);
    expect(cameras.rows.get(camera.id)).toMatchObject({ status: 'ok', consecutiveFailures: 0, capturesToday: 1, lastImageId: 'img1' });
    fail = true;
    await expect(service.capture(camera.id)).rejects.toThrow(/HTTP 500/);
    fail = false;
    frame = Buffer.from('garbage');
    await expect(service.capture(camera.id)).rejects.toMatchObject({ code: ErrorCode.Unavailable, message: expect.stringMatching(/unusable frame: the file is not an image/) });
    expect(cameras.rows.get(camera.id)).toMatchObject({ status: 'failing', consecutiveFailures: 2, lastError: expect.stringMatching(/unusable frame/) });
    expect(await service.get(camera.id)).toMatchObject({ capturesToday: 1, consecutiveFailures: 2 });
    // The third failure in a row (CAMERA_FAILING_AFTER) and every later one tell history: camera.failing.
    expect(events).toEqual([]);
    await expect(service.capture(camera.id)).rejects.toThrow(/unusable frame/);
    await expect(service.capture(camera.id)).rejects.toThrow(/unusable frame/);
    expect(events).toEqual([3, 4].map((n) => ({ projectId: 'p1', event: 'camera.failing', data: expect.objectContaining({ cameraId: camera.id, name: 'c', consecutiveFailures: n, lastError: expect.stringMatching(/unusable frame/) }) })));
    // A success starts the count again.
    frame = Buffer.from('jpeg bytes');
    await service.capture(camera.id);
    fail = true;
    await expect(service.capture(camera.id)).rejects.toThrow(/HTTP 500/);
    expect(events).toHaveLength(2);
  });

  it('never rolls back a capture that finished while an edit was being made', async () => {
    const { service, cameras } = setup(async () => [{ content: Buffer.from('jpeg'), filename: 'f' }]);
    const camera = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg' });
    const write = cameras.updateSettings.bind(cameras);
    cameras.updateSettings = async (id, settings) => {
      await service.capture(id); // lands between the edit's read of the row and its write
      await write(id, settings);
    };
    const edited = await service.update(camera.id, { name: 'renamed' });
    expect(edited).toMatchObject({ name: 'renamed', capturesToday: 1, status: 'ok', lastImageId: 'img1' });
    expect(cameras.rows.get(camera.id)).toMatchObject({ name: 'renamed', capturesToday: 1 });
    // A new source starts its status over, and keeps the count of what was captured today.
    const moved = await service.update(camera.id, { url: 'http://y/s.jpg' });
    expect(moved).toMatchObject({ status: 'idle', consecutiveFailures: 0, capturesToday: 2 });
  });

  it('predicts on capture when the camera asks for it', async () => {
    const { service } = setup(async () => [{ content: Buffer.from('jpeg'), filename: 'f' }]);
    const camera = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg', predictOnCapture: true });
    expect(await service.capture(camera.id)).toMatchObject({ predictionLabel: 'ok', predictionConfidence: 0.9 });
  });

  it('refuses server-side capture of webcams and frames for other kinds', async () => {
    const { service } = setup(async () => {
      throw new DomainError(ErrorCode.Conflict, 'a webcam camera gets its frames from the browser');
    });
    const webcam = await service.create('p1', 'webcam', { name: 'browser' });
    await expect(service.capture(webcam.id)).rejects.toMatchObject({ code: ErrorCode.Conflict });
    expect(await service.postFrame({ id: webcam.id, content: Buffer.from('png'), filename: 'f.png', label: '', predict: false })).toMatchObject({ stored: 1 });
    const http = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg' });
    await expect(service.postFrame({ id: http.id, content: Buffer.from('png'), filename: 'f.png', label: '', predict: false })).rejects.toMatchObject({ code: ErrorCode.Conflict });
  });

  it('keeps a webcam frame history cannot take in the spool, with its label, and stores it once history is back', async () => {
    const { service, stored, labels, outage, spool, history } = setup(async () => []);
    await spool.onModuleInit();
    const webcam = await service.create('p1', 'webcam', { name: 'browser' });
    outage.down = true;
    const reply = await service.postFrame({ id: webcam.id, content: Buffer.from('frame during the outage'), filename: 'w.jpg', label: 'a', predict: true });
    expect(reply).toMatchObject({ cameraId: webcam.id, imageId: '', stored: 0, spooled: 1, predictionError: expect.stringMatching(/spool/) });
    expect(await spool.list()).toEqual([expect.objectContaining({ projectId: 'p1', cameraId: webcam.id, filename: 'w.jpg', label: 'a', capturedAt: reply.capturedAt })]);
    const drainer = new CaptureSpoolService(spool, history);
    await drainer.drain();
    expect(await spool.list()).toHaveLength(1);
    outage.down = false;
    await drainer.drain();
    expect(await spool.list()).toEqual([]);
    expect(stored.map(String)).toEqual(['frame during the outage']);
    expect(labels).toEqual(['a']);
  });
});

describe('CaptureSchedulerService', () => {
  it('reports the next capture while a scheduled one is running and after it ends', async () => {
    let grabbing!: () => void;
    const grabbed = new Promise<void>((resolve) => (grabbing = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { service, cameras, config, captures, drivers } = setup(async () => {
      grabbing();
      await released;
      return [{ content: Buffer.from('jpeg'), filename: 'f' }];
    });
    const created = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg', schedule: { everySeconds: 1, cron: '' } });
    const scheduler = new CaptureSchedulerService(config, cameras as unknown as CameraRepository, captures, drivers);
    const camera = () => cameras.rows.get(created.id) as CameraEntity;
    try {
      await scheduler.onApplicationBootstrap();
      expect(scheduler.nextCaptureAt(camera())).toBeInstanceOf(Date);
      await grabbed; // the timer fired and the capture is under way: no timer now, but a next capture all the same
      const now = Date.now();
      const during = scheduler.nextCaptureAt(camera());
      expect(during?.getTime()).toBeGreaterThanOrEqual(now);
      expect(during?.getTime()).toBeLessThanOrEqual(now + 1000);
      release();
      for (let i = 0; i < 500 && camera().capturesToday === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(camera().capturesToday).toBe(1);
      expect(scheduler.nextCaptureAt(camera())).toBeInstanceOf(Date);
    } finally {
      scheduler.onModuleDestroy();
    }
  });
});

describe('nextDelayMs', () => {
  const at = (failures: number, every: number | null, cron: string | null = null) => ({ consecutiveFailures: failures, scheduleEverySeconds: every, scheduleCron: cron });
  it('keeps the interval from the start of the last capture and backs off exponentially to the cap', () => {
    expect(nextDelayMs(at(0, null), 0, undefined, 300_000)).toBeUndefined();
    expect(nextDelayMs(at(0, 10), 0, undefined, 300_000, 0.25)).toBe(2_500);
    expect(nextDelayMs(at(0, 1), 10_000, 9_800, 300_000)).toBe(800);
    expect(nextDelayMs(at(0, 1), 10_000, 8_000, 300_000)).toBe(0);
    expect(nextDelayMs(at(1, 2), 0, 0, 300_000)).toBe(2_000);
    expect(nextDelayMs(at(3, 2), 0, 0, 300_000)).toBe(8_000);
    expect(nextDelayMs(at(30, 2), 0, 0, 300_000)).toBe(300_000);
  });
  it('waits for the next cron tick, after the backoff when failing', () => {
    const now = Date.parse('2026-01-01T00:00:10.500Z');
    expect(nextDelayMs(at(0, null, '*/5 * * * * *'), now, undefined, 300_000)).toBe(4_500);
    expect(nextDelayMs(at(5, null, '*/5 * * * * *'), now, undefined, 300_000)).toBe(19_500);
  });
});

describe('firstPart', () => {
  it('takes the first frame of a multipart stream by Content-Length or by the next boundary', () => {
    const withLength = Buffer.from('--frame\r\nContent-Type: image/jpeg\r\nContent-Length: 4\r\n\r\nABCD\r\n--frame\r\n');
    expect(firstPart(withLength, 'frame')?.toString()).toBe('ABCD');
    expect(firstPart(withLength.subarray(0, 50), 'frame')).toBeUndefined();
    const noLength = Buffer.from('--b\r\nContent-Type: image/jpeg\r\n\r\nXYZ\r\n--b\r\nContent-Type: image/jpeg\r\n\r\n');
    expect(firstPart(noLength, 'b')?.toString()).toBe('XYZ');
    expect(firstPart(Buffer.from('--b\r\nContent-Type: image/jpeg\r\n\r\nXYZ'), 'b')).toBeUndefined();
  });
});
