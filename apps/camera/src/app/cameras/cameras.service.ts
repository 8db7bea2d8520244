import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { CAMERA_KINDS, CameraKind, DomainError, ErrorCode, type CameraV1 } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { CronTime } from 'cron';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { CAMERA_SETTINGS, CameraRepository } from './camera.repository';
import { maskUrl } from './camera-url';
import { CaptureSchedulerService } from './capture-scheduler.service';
import { CaptureService, CaptureTrigger, parseHeaders, targetOf } from './capture.service';
import { CaptureDriversRepository } from './drivers/capture-drivers.repository';
import { HistoryClientRepository } from './history-client.repository';

export { maskUrl } from './camera-url';

const URL_KINDS: Partial<Record<CameraKind, string[]>> = {
  'http-snapshot': ['http:', 'https:'],
  mjpeg: ['http:', 'https:'],
  rtsp: ['rtsp:', 'rtsps:'],
};
const PATH_KINDS: CameraKind[] = ['video-file', 'v4l2', 'folder'];
/** Kinds whose path is a file or folder on this machine, allowed only inside CAMERA_FOLDER_ROOTS. */
const ROOTED_KINDS: CameraKind[] = ['video-file', 'folder'];

/** The real location of a path (symlinks followed as far as it exists), so a link cannot lead out of a root. */
function realLocation(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function isInside(path: string, roots: string[]): boolean {
  const real = realLocation(path);
  return roots.some((root) => {
    const rel = relative(realLocation(root), real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

export interface CameraInput {
  name?: string;
  url?: string;
  path?: string;
  schedule?: { everySeconds: number; cron: string } | null;
  enabled?: boolean;
  predictOnCapture?: boolean;
  headers?: Record<string, string>;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
const MAX_HEADERS = 20;

@Injectable()
export class CamerasService {
  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly cameras: CameraRepository,
    private readonly history: HistoryClientRepository,
    private readonly captures: CaptureService,
    private readonly scheduler: CaptureSchedulerService,
    private readonly drivers: CaptureDriversRepository,
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
      headers: null,
      scheduleEverySeconds: null,
      scheduleCron: null,
      enabled: input.enabled ?? true,
      status: 'idle',
      lastError: null,
      lastCaptureAt: null,
      consecutiveFailures: 0,
      predictOnCapture: false,
      capturesToday: 0,
      capturesDay: null,
      lastImageId: null,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(camera, input, true);
    const saved = await this.cameras.save(camera);
    this.scheduler.refresh(saved.id, saved);
    return this.view(saved);
  }

  async list(projectId: string): Promise<CameraV1.CameraRecord__Output[]> {
    return (await this.cameras.list(projectId || undefined)).map((c) => this.view(c));
  }

  async get(id: string): Promise<CameraV1.CameraRecord__Output> {
    return this.view(await this.require(id));
  }

  async update(id: string, input: CameraInput): Promise<CameraV1.CameraRecord__Output> {
    const camera = await this.require(id);
    const before = { url: camera.url, path: camera.path };
    this.apply(camera, input, false);
    const settings = { ...Object.fromEntries(CAMERA_SETTINGS.map((column) => [column, camera[column]])), updatedAt: new Date() };
    if (camera.url !== before.url || camera.path !== before.path) {
      // Another source: the status and the folder's "already seen" files start over.
      Object.assign(settings, { status: 'idle', lastError: null, consecutiveFailures: 0 });
      this.drivers.forget(camera.id);
    }
    await this.cameras.updateSettings(id, settings);
    const saved = await this.require(id); // with the status as it is now, not as it was read before the edit
    this.scheduler.refresh(saved.id, saved);
    return this.view(saved);
  }

  async delete(id: string): Promise<void> {
    await this.require(id);
    await this.cameras.delete(id);
    this.scheduler.refresh(id, null);
    this.drivers.forget(id);
  }

  async deleteAllOf(projectId: string): Promise<void> {
    if (!projectId) {
      throw new DomainError(ErrorCode.InvalidArgument, 'projectId is required');
    }
    for (const camera of await this.cameras.list(projectId)) {
      await this.cameras.delete(camera.id);
      this.scheduler.refresh(camera.id, null);
      this.drivers.forget(camera.id);
    }
  }

  /** Capture now (REST, gRPC or MQTT): the frame is stored like a scheduled one. */
  async capture(id: string, trigger: CaptureTrigger = 'manual'): Promise<CameraV1.CaptureResponse> {
    const camera = await this.require(id);
    if (!camera.enabled) {
      throw new DomainError(ErrorCode.Conflict, 'this camera is disabled; enable it to capture');
    }
    if (camera.kind === 'webcam') {
      throw new DomainError(ErrorCode.Conflict, 'a webcam camera gets its frames from the browser (POST /cameras/:id/frames), it cannot be captured from the server');
    }
    return this.scheduler.captureNow(camera, trigger);
  }

  /** One frame from the settings given (a camera not saved yet, or a saved one with changes), nothing stored. */
  async test(request: CameraV1.TestCameraRequest__Output): Promise<CameraV1.TestCameraResponse> {
    const saved = request.cameraId ? await this.require(request.cameraId) : undefined;
    const kind = saved?.kind ?? request.kind;
    if (!(CAMERA_KINDS as readonly string[]).includes(kind)) {
      throw new DomainError(ErrorCode.InvalidArgument, `kind must be one of ${CAMERA_KINDS.join(', ')}`);
    }
    if (kind === 'webcam') {
      throw new DomainError(ErrorCode.InvalidArgument, 'a webcam camera is tested in the browser');
    }
    const scratch = Object.assign(new CameraEntity(), { kind, url: saved?.url ?? null, path: saved?.path ?? null, headers: saved?.headers ?? null, name: 'test' });
    // The console sends a saved camera's URL back masked: the stored one (with its password) is meant.
    const url = saved && request.url === maskUrl(saved.url) ? undefined : request.url;
    this.apply(scratch, { url, path: request.path || undefined, headers: request.hasHeaders ? request.headers : undefined }, false);
    return this.captures.test({ ...targetOf(scratch), id: '', since: null });
  }

  async postFrame(request: CameraV1.PostFrameRequest__Output): Promise<CameraV1.CaptureResponse> {
    const camera = await this.require(request.id);
    if (!request.content || request.content.length === 0) {
      throw new DomainError(ErrorCode.InvalidArgument, 'the frame is empty');
    }
    return this.captures.postFrame(camera, request.content, request.filename, request.label, request.predict);
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
      this.checkPath(kind, input.path);
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
    if (input.predictOnCapture !== undefined) {
      camera.predictOnCapture = input.predictOnCapture;
    }
    if (input.headers !== undefined) {
      this.applyHeaders(camera, kind, input.headers);
    }
  }

  private applyHeaders(camera: CameraEntity, kind: CameraKind, headers: Record<string, string>): void {
    const entries = Object.entries(headers);
    if (entries.length === 0) {
      camera.headers = null;
      return;
    }
    if (kind !== 'http-snapshot' && kind !== 'mjpeg') {
      throw new DomainError(ErrorCode.InvalidArgument, `a ${kind} camera takes no headers; only http-snapshot and mjpeg cameras do`);
    }
    if (entries.length > MAX_HEADERS) {
      throw new DomainError(ErrorCode.InvalidArgument, `headers: at most ${MAX_HEADERS}`);
    }
    for (const [name, value] of entries) {
      if (!HEADER_NAME.test(name)) {
        throw new DomainError(ErrorCode.InvalidArgument, `headers: "${name.slice(0, 100)}" is not a valid header name`);
      }
      if (typeof value !== 'string' || value.length > 1000 || /[\r\n\0]/.test(value)) {
        throw new DomainError(ErrorCode.InvalidArgument, `headers: the value of ${name} must be one line of at most 1000 characters`);
      }
    }
    const json = JSON.stringify(headers);
    if (json.length > 4000) {
      throw new DomainError(ErrorCode.InvalidArgument, 'headers: more than 4000 characters in all');
    }
    camera.headers = json;
  }

  private checkPath(kind: CameraKind, path: string): void {
    if (!isAbsolute(path) || path.includes('\0')) {
      throw new DomainError(ErrorCode.InvalidArgument, 'path must be an absolute path');
    }
    if (kind === 'v4l2' && !/^\/dev\/[\w./-]+$/.test(path)) {
      throw new DomainError(ErrorCode.InvalidArgument, 'a v4l2 camera needs a device path under /dev, e.g. /dev/video0');
    }
    const roots = this.config.cameras.folderRoots;
    if (ROOTED_KINDS.includes(kind) && !isInside(path, roots)) {
      throw new DomainError(ErrorCode.InvalidArgument, `path must be inside one of the folders in CAMERA_FOLDER_ROOTS (${roots.join(', ') || 'none configured'})`);
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
      predictOnCapture: camera.predictOnCapture,
      capturesToday: camera.capturesDay === new Date().toISOString().slice(0, 10) ? camera.capturesToday : 0,
      lastImageId: camera.lastImageId ?? '',
      nextCaptureAt: this.scheduler.nextCaptureAt(camera)?.toISOString() ?? '',
      headers: Object.fromEntries(Object.keys(parseHeaders(camera.headers)).map((name) => [name, '***'])),
    };
  }
}
