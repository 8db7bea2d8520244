import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ERROR_CODE_METADATA_KEY, ErrorCode, type CameraV1 } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { CameraRepository } from './camera.repository';
import { maskSecretsIn } from './camera-url';
import { CaptureSpoolRepository } from './capture-spool.repository';
import { CameraTarget, Frame } from './drivers/capture-driver';
import { CaptureDriversRepository } from './drivers/capture-drivers.repository';
import { HistoryClientRepository } from './history-client.repository';
import { InferenceClientRepository } from './inference-client.repository';

export type CaptureTrigger = 'schedule' | 'manual' | 'mqtt' | 'folder-watch' | 'webcam';

const MAX_ERROR_LENGTH = 2000;

/** The domain code of an error thrown here or passed on by another service over gRPC. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  if (error instanceof DomainError) {
    return error.code;
  }
  const metadata = (error as { metadata?: unknown }).metadata;
  return metadata instanceof Metadata ? (metadata.get(ERROR_CODE_METADATA_KEY)[0] as ErrorCode | undefined) : undefined;
}

/** History (or its database) could not take a frame now, but may later: the frame goes to the local spool. */
export function historyUnavailable(error: unknown): boolean {
  const code = errorCodeOf(error);
  if (code) {
    return code === ErrorCode.Unavailable;
  }
  const grpcCode = (error as { code?: unknown }).code;
  return grpcCode === GrpcStatus.UNAVAILABLE || grpcCode === GrpcStatus.DEADLINE_EXCEEDED || grpcCode === GrpcStatus.CANCELLED;
}

export function messageOf(error: unknown): string {
  if (error instanceof DomainError) {
    return error.message;
  }
  return String((error as { details?: unknown }).details ?? (error as Error).message ?? error);
}

export function targetOf(camera: CameraEntity): CameraTarget {
  return { id: camera.id, kind: camera.kind, url: camera.url, path: camera.path, headers: parseHeaders(camera.headers), since: camera.lastCaptureAt };
}

export function parseHeaders(json: string | null): Record<string, string> {
  if (!json) {
    return {};
  }
  try {
    return JSON.parse(json) as Record<string, string>;
  } catch {
    return {};
  }
}

function sniffMime(content: Buffer): string {
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (content[0] === 0xff && content[1] === 0xd8) {
    return 'image/jpeg';
  }
  if (content.subarray(0, 4).toString('latin1') === 'RIFF' && content.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'image/webp';
  }
  if (content.subarray(0, 3).toString('latin1') === 'GIF') {
    return 'image/gif';
  }
  return 'application/octet-stream';
}

/** Takes frames from a camera's driver, stores them in history, asks inference when wanted, and keeps the camera's status. */
@Injectable()
export class CaptureService {
  private readonly logger = new Logger(CaptureService.name);

  constructor(
    private readonly cameras: CameraRepository,
    private readonly drivers: CaptureDriversRepository,
    private readonly history: HistoryClientRepository,
    private readonly inference: InferenceClientRepository,
    private readonly spool: CaptureSpoolRepository,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  async capture(camera: CameraEntity, trigger: CaptureTrigger): Promise<CameraV1.CaptureResponse> {
    let frames: Frame[];
    try {
      frames = await this.drivers.grab(targetOf(camera));
    } catch (error) {
      throw await this.failed(camera, trigger, error);
    }
    const reply: CameraV1.CaptureResponse = { cameraId: camera.id, imageId: '', capturedAt: '', duplicate: false, stored: 0, spooled: 0 };
    for (const frame of frames) {
      let image;
      const capturedAt = new Date().toISOString();
      try {
        image = await this.history.storeCapture(camera.projectId, camera.id, frame.content, frame.filename);
      } catch (error) {
        if (historyUnavailable(error)) {
          await this.spooled(camera, trigger, frame, capturedAt, error);
          Object.assign(reply, { capturedAt, spooled: (reply.spooled ?? 0) + 1 });
          continue;
        }
        const reason = this.unusableFrame(error);
        if (camera.kind === 'folder' && reason !== error) {
          // One bad file in a folder is skipped (it is never read again); the other files still go in.
          this.logger.warn(`camera ${camera.id}: skipped ${frame.filename}: ${messageOf(reason)}`);
          continue;
        }
        throw await this.failed(camera, trigger, reason);
      }
      Object.assign(reply, { imageId: image.id, capturedAt: image.capturedAt, duplicate: image.duplicate, stored: (reply.stored ?? 0) + 1 });
      if (camera.predictOnCapture) {
        Object.assign(reply, await this.predict(camera.projectId, image.id));
      }
    }
    if (reply.spooled) {
      this.succeededLater(camera, reply.stored ?? 0, reply.imageId ?? '');
    } else {
      await this.succeeded(camera, reply.stored ?? 0, reply.imageId ?? '');
    }
    return reply;
  }

  /** Keeps a frame history could not take in the local spool; a full spool is a camera failure like any other. */
  private async spooled(camera: CameraEntity, trigger: CaptureTrigger, frame: Frame, capturedAt: string, cause: unknown, label = ''): Promise<void> {
    try {
      await this.spool.add({ projectId: camera.projectId, cameraId: camera.id, filename: frame.filename, label, capturedAt }, frame.content);
    } catch (error) {
      throw await this.failed(camera, trigger, error);
    }
    this.logger.warn(`camera ${camera.id}: history cannot store the frame now (${messageOf(cause)}); kept in the local spool`);
  }

  /**
   * The status of a camera whose frames went to the spool: its own table may be just as unreachable, so it is
   * written when it can be, without holding the answer.
   */
  private succeededLater(camera: CameraEntity, stored: number, imageId: string): void {
    void this.succeeded(camera, stored, imageId).catch((error: unknown) => this.logger.warn(`camera ${camera.id}: status not written: ${messageOf(error)}`));
  }

  /** A frame from the browser for a webcam camera: stored with the label it came with, predicted when asked. */
  async postFrame(camera: CameraEntity, content: Buffer, filename: string, label: string, predict: boolean): Promise<CameraV1.CaptureResponse> {
    if (camera.kind !== 'webcam') {
      throw new DomainError(ErrorCode.Conflict, `frames can only be posted to webcam cameras; a ${camera.kind} camera captures them itself`);
    }
    if (!camera.enabled) {
      throw new DomainError(ErrorCode.Conflict, 'this camera is disabled');
    }
    const frame = { content, filename: filename || 'webcam-frame' };
    const capturedAt = new Date().toISOString();
    let image;
    try {
      image = await this.history.storeCapture(camera.projectId, camera.id, frame.content, frame.filename, label);
    } catch (error) {
      if (!historyUnavailable(error)) {
        throw error;
      }
      // The browser does not send a refused frame again: like a driver's capture, it waits in the spool for history.
      await this.spooled(camera, 'webcam', frame, capturedAt, error, label);
      this.succeededLater(camera, 0, '');
      const predictionError = predict || camera.predictOnCapture ? 'not predicted: the frame waits in the spool until history can store it' : '';
      return { cameraId: camera.id, imageId: '', capturedAt, duplicate: false, stored: 0, spooled: 1, predictionError };
    }
    const reply: CameraV1.CaptureResponse = { cameraId: camera.id, imageId: image.id, capturedAt: image.capturedAt, duplicate: image.duplicate, stored: 1 };
    if (predict || camera.predictOnCapture) {
      Object.assign(reply, await this.predict(camera.projectId, image.id));
    }
    await this.succeeded(camera, 1, image.id);
    return reply;
  }

  /** One frame from a camera that may not be saved yet, returned rather than stored. */
  async test(target: CameraTarget): Promise<CameraV1.TestCameraResponse> {
    const started = performance.now();
    const frames = await this.drivers.grab(target);
    const frame = frames.at(-1);
    if (!frame) {
      throw new DomainError(ErrorCode.Unavailable, 'the folder has no image file yet');
    }
    const mime = sniffMime(frame.content);
    if (mime === 'application/octet-stream') {
      throw new DomainError(ErrorCode.Unavailable, `the camera sent ${frame.content.length} bytes that are not a JPEG, PNG, WebP or GIF image`);
    }
    return { content: frame.content, mime, latencyMs: performance.now() - started };
  }

  private async predict(projectId: string, imageId: string): Promise<Partial<CameraV1.CaptureResponse>> {
    try {
      const prediction = await this.inference.predict(projectId, imageId);
      return { predictionLabel: prediction.label, predictionConfidence: prediction.confidence, predictionError: '' };
    } catch (error) {
      return { predictionError: messageOf(error) };
    }
  }

  /** History refusing a frame (not an image, too large) is the camera's fault, not the caller's: a camera error. */
  private unusableFrame(error: unknown): unknown {
    const code = errorCodeOf(error);
    if (code === ErrorCode.InvalidArgument || code === ErrorCode.UnsupportedMediaType || code === ErrorCode.PayloadTooLarge) {
      return new DomainError(ErrorCode.Unavailable, `the camera sent an unusable frame: ${messageOf(error)}`);
    }
    return error;
  }

  private async succeeded(camera: CameraEntity, stored: number, imageId: string): Promise<void> {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const before = camera.capturesDay === today ? camera.capturesToday : 0;
    const status = {
      status: 'ok',
      lastError: null,
      lastCaptureAt: stored > 0 ? now : camera.lastCaptureAt,
      consecutiveFailures: 0,
      capturesToday: before + stored,
      capturesDay: today,
      lastImageId: imageId || camera.lastImageId,
    };
    Object.assign(camera, status);
    await this.cameras.updateStatus(camera.id, status);
  }

  private async failed(camera: CameraEntity, trigger: CaptureTrigger, error: unknown): Promise<unknown> {
    const message = maskSecretsIn(messageOf(error), camera.url).slice(0, MAX_ERROR_LENGTH);
    const status = { status: 'failing', lastError: message, consecutiveFailures: camera.consecutiveFailures + 1 };
    Object.assign(camera, status);
    await this.cameras.updateStatus(camera.id, status).catch(() => undefined);
    this.logger.warn(`${trigger} capture from camera ${camera.id} failed (${camera.consecutiveFailures} in a row): ${message}`);
    if (camera.consecutiveFailures >= this.config.cameras.failingAfter) {
      // Every failure past the threshold is sent; history lets one through per camera and webhook per cooldown.
      const data = { cameraId: camera.id, name: camera.name, kind: camera.kind, consecutiveFailures: camera.consecutiveFailures, lastError: message, trigger };
      this.history
        .emitEvent(camera.projectId, 'camera.failing', data)
        .catch((emitError: unknown) => this.logger.warn(`camera.failing of camera ${camera.id} was not sent: ${messageOf(emitError)}`));
    }
    return error instanceof DomainError ? new DomainError(error.code, message) : error;
  }
}
