import { DomainError, ErrorCode } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { CameraRepository } from './camera.repository';
import { CamerasService, maskUrl } from './cameras.service';
import { HistoryClientRepository } from './history-client.repository';
import { SnapshotDriverRepository } from './snapshot-driver.repository';

class MemoryCameras {
  readonly rows = new Map<string, CameraEntity>();
  async findById(id: string) {
    return this.rows.get(id) ?? null;
  }
  async list(projectId?: string) {
    return [...this.rows.values()].filter((c) => !projectId || c.projectId === projectId);
  }
  async save(camera: CameraEntity) {
    this.rows.set(camera.id, camera);
    return camera;
  }
  async delete(id: string) {
    this.rows.delete(id);
  }
}

function setup(grab: () => Promise<Buffer>) {
  const cameras = new MemoryCameras();
  const stored: Buffer[] = [];
  const history = {
    getProject: async (id: string) => {
      if (id !== 'p1') {
        throw new DomainError(ErrorCode.NotFound, `project ${id} not found`);
      }
      return { id };
    },
    storeCapture: async (_p: string, _c: string, content: Buffer) => {
      stored.push(content);
      return { id: 'img1', capturedAt: '2026-01-01T00:00:00.000Z', duplicate: false };
    },
  };
  const service = new CamerasService(
    cameras as unknown as CameraRepository,
    history as unknown as HistoryClientRepository,
    { grab } as unknown as SnapshotDriverRepository,
  );
  return { service, cameras, stored };
}

describe('CamerasService', () => {
  it('masks passwords in every URL it returns', () => {
    expect(maskUrl('rtsp://admin:hunter2@10.0.0.9:554/stream')).toBe('rtsp://admin:***@10.0.0.9:554/stream');
    expect(maskUrl('http://10.0.0.9/snap.jpg')).toBe('http://10.0.0.9/snap.jpg');
    expect(maskUrl(null)).toBe('');
  });

  it('validates kind, url scheme, path, and schedule', async () => {
    const { service } = setup(async () => Buffer.alloc(0));
    const create = (kind: string, input: object) => service.create('p1', kind, { name: 'c', ...input });
    await expect(create('toaster', {})).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    await expect(create('rtsp', { url: 'http://x/y' })).rejects.toThrow(/rtsp/);
    await expect(create('http-snapshot', {})).rejects.toThrow(/needs a url/);
    await expect(create('folder', {})).rejects.toThrow(/needs a path/);
    await expect(create('webcam', { url: 'http://x' })).rejects.toThrow(/takes no url/);
    await expect(create('http-snapshot', { url: 'http://x', schedule: { everySeconds: 5, cron: '* * * * *' } })).rejects.toThrow(/not both/);
    await expect(create('http-snapshot', { url: 'http://x', schedule: { everySeconds: 0, cron: 'every day' } })).rejects.toThrow(/cron/);
    await expect(service.create('nope', 'webcam', { name: 'c' })).rejects.toMatchObject({ code: ErrorCode.NotFound });
    const ok = await create('http-snapshot', { url: 'http://u:p@x/snap.jpg', schedule: { everySeconds: 0, cron: '*/5 * * * *' } });
    expect(ok).toMatchObject({ url: 'http://u:***@x/snap.jpg', schedule: { everySeconds: 0, cron: '*/5 * * * *' }, enabled: true, status: 'idle' });
  });

  it('stores a capture, and records failures on the camera without hiding them', async () => {
    let fail = false;
    const { service, cameras, stored } = setup(async () => {
      if (fail) {
        throw new DomainError(ErrorCode.Unavailable, 'camera answered HTTP 500');
      }
      return Buffer.from('jpeg bytes');
    });
    const camera = await service.create('p1', 'http-snapshot', { name: 'c', url: 'http://x/s.jpg' });
    expect(await service.capture(camera.id)).toMatchObject({ cameraId: camera.id, imageId: 'img1' });
    expect(stored).toHaveLength(1);
    expect(cameras.rows.get(camera.id)).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
    fail = true;
    await expect(service.capture(camera.id)).rejects.toThrow(/HTTP 500/);
    await expect(service.capture(camera.id)).rejects.toThrow(/HTTP 500/);
    expect(cameras.rows.get(camera.id)).toMatchObject({ status: 'failing', consecutiveFailures: 2, lastError: 'camera answered HTTP 500' });
  });

  it('refuses capture for kinds whose drivers are not in this version', async () => {
    const { service } = setup(async () => Buffer.alloc(0));
    const camera = await service.create('p1', 'webcam', { name: 'browser' });
    await expect(service.capture(camera.id)).rejects.toMatchObject({ code: ErrorCode.Conflict });
  });
});
