import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { CameraKind, DomainError, ErrorCode } from '@sightline/contracts';
import { CameraTarget, CaptureDriver, Frame } from './capture-driver';
import { FfmpegDriverRepository } from './ffmpeg-driver.repository';
import { FolderDriverRepository } from './folder-driver.repository';
import { HttpSnapshotDriverRepository } from './http-snapshot-driver.repository';
import { MjpegDriverRepository } from './mjpeg-driver.repository';

/** Every driver behind one call, each grab bounded by CAMERA_TIMEOUT_MS. */
@Injectable()
export class CaptureDriversRepository {
  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly httpSnapshot: HttpSnapshotDriverRepository,
    private readonly mjpeg: MjpegDriverRepository,
    private readonly ffmpeg: FfmpegDriverRepository,
    private readonly folder: FolderDriverRepository,
  ) {}

  grab(camera: CameraTarget): Promise<Frame[]> {
    const signal = AbortSignal.timeout(this.config.cameras.timeoutMs);
    return this.driverFor(camera.kind as CameraKind).grab(camera, signal);
  }

  /** A folder camera's last scan skipped a file still being written. */
  hasUnsettled(cameraId: string): boolean {
    return this.folder.hasUnsettled(cameraId);
  }

  /** Drops what drivers remember about a camera (folder files seen, video position). */
  forget(cameraId: string): void {
    this.ffmpeg.forget(cameraId);
    this.folder.forget(cameraId);
  }

  private driverFor(kind: CameraKind): CaptureDriver {
    switch (kind) {
      case 'http-snapshot':
        return this.httpSnapshot;
      case 'mjpeg':
        return this.mjpeg;
      case 'rtsp':
      case 'video-file':
      case 'v4l2':
        return this.ffmpeg;
      case 'folder':
        return this.folder;
      case 'webcam':
        throw new DomainError(ErrorCode.Conflict, 'a webcam camera gets its frames from the browser (POST /cameras/:id/frames), it cannot be captured from the server');
    }
  }
}
