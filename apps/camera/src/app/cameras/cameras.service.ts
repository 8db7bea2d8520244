import { Injectable, Logger } from '@nestjs/common';
import { CAMERA_KINDS, CameraKind, DomainError, ErrorCode, type CameraV1 } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { CronTime } from 'cron';
import { CameraRepository } from './camera.repository';
import { HistoryClientRepository } from './history-client.repository';
import { SnapshotDriverRepository } from './snapshot-driver.repository';

const URL_KINDS: Partial<Record<CameraKind, string[]>> = {
  'http-snapshot': ['http:', 'https:'],
  mjpeg: ['http:', 'https:'],
  rtsp: ['rtsp:', 'rtsps:'],
};
const PATH_KINDS: CameraKind[] = ['video-file', 'v4l2', 'folder'];

/** Passwords in camera URLs are kept for capturing but never leave the service. */
export function maskUrl(url: string | null): string {
  if (!url) {
    return '';
  }
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '';
  }
}

export interface CameraInput {
  name?: string;
  url?: string;
  path?: string;
  schedule?: { everySeconds: number; cron: string } | null;
  enabled?: boolean;
}

@Injectable()
export class CamerasService {
  private readonly logger = new Logger(CamerasService.name);

  constructor(
    private readonly cameras: CameraRepository,
    private readonly history: HistoryClientRepository,
    private readonly snapshot: SnapshotDriverRepository,
  ) {}

  async create(projectId: string, kind: string, input: CameraInput): Promise<CameraV1.CameraRecord__Output> {
    if (!(CAMERA_KINDS as readonly string[]).includes(kind)) {
      throw new DomainError(ErrorCode.InvalidArgument, `kind must be one of ${CAMERA_KINDS.join(', ')}`);
    }
    await this.history.getProject(projectId);
    const now = new Date();
    const camera = Object.assign(new CameraEntity(), {
      projectId,
      kind,
      name: '',
      url: null,
      path: null,
      scheduleEverySeconds: null,
      scheduleCron: null,
      enabled: input.enabled ?? true,
      status: 'idle',
      lastError: null,
      lastCaptureAt: null,
      consecutiveFailures: 0,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(camera, input, true);
    return this.view(await this.cameras.save(camera));
  }

  async list(projectId: string): Promise<CameraV1.CameraRecord__Output[]> {
    return (await this.cameras.list(projectId || undefined)).map((c) => this.view(c));
  }

  async get(id: string): Promise<CameraV1.CameraRecord__Output> {
    return this.view(await this.require(id));
  }

  async update(id: string, input: CameraInput): Promise<CameraV1.CameraRecord__Output> {
    const camera = await this.require(id);
    this.apply(camera, input, false);
    camera.updatedAt = new Date();
    return this.view(await this.cameras.save(camera));
  }

  async delete(id: string): Promise<void> {
    await this.require(id);
    await this.cameras.delete(id);
  }

  async deleteAllOf(projectId: string): Promise<void> {
    if (!projectId) {
      throw new DomainError(ErrorCode.InvalidArgument, 'projectId is required');
    }
    for (const camera of await this.cameras.list(projectId)) {
      await this.cameras.delete(camera.id);
    }
  }

  /** On-demand capture. The http-snapshot driver is here; the other drivers and schedules arrive with the camera work (issue #6). */
  async capture(id: string): Promise<CameraV1.CaptureResponse> {
    const camera = await this.require(id);
    if (camera.kind !== 'http-snapshot' || !camera.url) {
      throw new DomainError(ErrorCode.Conflict, `capturing from ${camera.kind} cameras is not available in this version; http-snapshot cameras can capture`);
    }
    try {
      const bytes = await this.snapshot.grab(camera.url);
      const image = await this.history.storeCapture(camera.projectId, camera.id, bytes, `${camera.name}.img`);
      Object.assign(camera, { status: 'ok', lastError: null, lastCaptureAt: new Date(), consecutiveFailures: 0 });
      await this.cameras.save(camera);
      return { cameraId: camera.id, imageId: image.id, capturedAt: image.capturedAt, duplicate: image.duplicate };
    } catch (error) {
      const message = error instanceof Error ? (error as Error & { details?: string }).details ?? error.message : String(error);
      Object.assign(camera, { status: 'failing', lastError: message.slice(0, 2000), consecutiveFailures: camera.consecutiveFailures + 1 });
      await this.cameras.save(camera);
      this.logger.warn(`capture from camera ${camera.id} failed: ${message}`);
      throw error;
    }
  }

  private apply(camera: CameraEntity, input: CameraInput, creating: boolean): void {
    if (input.name !== undefined || creating) {
      const name = (input.name ?? '').trim();
      if (name.length === 0 || name.length > 200) {
        throw new DomainError(ErrorCode.InvalidArgument, 'name must be 1 to 200 characters long');
      }
      camera.name = name;
    }
    const kind = camera.kind as CameraKind;
    const schemes = URL_KINDS[kind];
    if (input.url !== undefined && input.url !== '') {
      let parsed: URL;
      try {
        parsed = new URL(input.url);
      } catch {
        throw new DomainError(ErrorCode.InvalidArgument, 'url is not a valid URL');
      }
      if (!schemes?.includes(parsed.protocol)) {
        throw new DomainError(ErrorCode.InvalidArgument, `a ${kind} camera ${schemes ? `needs a ${schemes.join(' or ')} url` : 'takes no url'}`);
      }
      camera.url = input.url;
    }
    if (input.path !== undefined && input.path !== '') {
      if (!PATH_KINDS.includes(kind)) {
        throw new DomainError(ErrorCode.InvalidArgument, `a ${kind} camera takes no path`);
      }
      camera.path = input.path;
    }
    if (schemes && !camera.url) {
      throw new DomainError(ErrorCode.InvalidArgument, `a ${kind} camera needs a url`);
    }
    if (PATH_KINDS.includes(kind) && !camera.path) {
      throw new DomainError(ErrorCode.InvalidArgument, `a ${kind} camera needs a path`);
    }
    if (input.schedule !== undefined) {
      this.applySchedule(camera, input.schedule);
    }
    if (input.enabled !== undefined) {
      camera.enabled = input.enabled;
    }
  }

  private applySchedule(camera: CameraEntity, schedule: { everySeconds: number; cron: string } | null): void {
    const every = schedule?.everySeconds ?? 0;
    const cron = schedule?.cron?.trim() ?? '';
    if (every && cron) {
      throw new DomainError(ErrorCode.InvalidArgument, 'schedule takes everySeconds or cron, not both');
    }
    if (every < 0 || every > 86400 * 7) {
      throw new DomainError(ErrorCode.InvalidArgument, 'schedule.everySeconds must be between 1 and 604800');
    }
    if (cron) {
      try {
        new CronTime(cron);
      } catch (error) {
        throw new DomainError(ErrorCode.InvalidArgument, `schedule.cron is not a cron expression: ${(error as Error).message}`);
      }
    }
    camera.scheduleEverySeconds = every || null;
    camera.scheduleCron = cron || null;
  }

  private async require(id: string): Promise<CameraEntity> {
    const camera = await this.cameras.findById(id);
    if (!camera) {
      throw new DomainError(ErrorCode.NotFound, `camera ${id} not found`);
    }
    return camera;
  }

  private view(camera: CameraEntity): CameraV1.CameraRecord__Output {
    return {
      id: camera.id,
      projectId: camera.projectId,
      name: camera.name,
      kind: camera.kind,
      url: maskUrl(camera.url),
      path: camera.path ?? '',
      schedule: { everySeconds: camera.scheduleEverySeconds ?? 0, cron: camera.scheduleCron ?? '' },
      enabled: camera.enabled,
      status: camera.status,
      lastError: camera.lastError ?? '',
      lastCaptureAt: camera.lastCaptureAt ? camera.lastCaptureAt.toISOString() : '',
      consecutiveFailures: camera.consecutiveFailures,
      createdAt: camera.createdAt.toISOString(),
    };
  }
}
