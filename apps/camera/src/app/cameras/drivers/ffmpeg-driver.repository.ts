import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { spawn } from 'node:child_process';
import { maskSecretsIn } from '../camera-url';
import { CameraTarget, CaptureDriver, Frame, MAX_FRAME_BYTES, cameraError } from './capture-driver';

/** Seconds a video-file camera moves forward per capture, so successive captures are different frames. */
const VIDEO_STEP_SECONDS = 1;

/** The input arguments for one frame of an rtsp, video-file or v4l2 camera. */
export function ffmpegInput(camera: CameraTarget, offsetSeconds: number): string[] {
  switch (camera.kind) {
    case 'rtsp':
      return ['-rtsp_transport', 'tcp', '-i', camera.url ?? ''];
    case 'video-file':
      return ['-ss', String(offsetSeconds), '-i', camera.path ?? ''];
    case 'v4l2':
      return ['-f', 'v4l2', '-i', camera.path ?? ''];
    default:
      throw new Error(`ffmpeg does not capture ${camera.kind} cameras`);
  }
}

/**
 * `rtsp`, `video-file` and `v4l2`: one `ffmpeg … -frames:v 1` per capture, the frame written to stdout as a PNG.
 * A video file is read a second further each time and starts over at its end.
 */
@Injectable()
export class FfmpegDriverRepository implements CaptureDriver {
  private readonly offsets = new Map<string, number>();

  constructor(@Inject(CONFIG) private readonly config: SightlineConfig) {}

  async grab(camera: CameraTarget, signal: AbortSignal): Promise<Frame[]> {
    const offset = camera.kind === 'video-file' ? (this.offsets.get(camera.id) ?? 0) : 0;
    let frame = await this.run(camera, offset, signal);
    if (!frame && offset > 0) {
      // Past the end of the file: start over.
      frame = await this.run(camera, 0, signal);
      this.offsets.set(camera.id, 0);
    }
    if (!frame) {
      throw cameraError(`ffmpeg found no video frame in this ${camera.kind} source`);
    }
    if (camera.kind === 'video-file' && camera.id) {
      this.offsets.set(camera.id, (this.offsets.get(camera.id) ?? 0) + VIDEO_STEP_SECONDS);
    }
    return [{ content: frame, filename: `${camera.kind}-frame.png` }];
  }

  forget(cameraId: string): void {
    this.offsets.delete(cameraId);
  }

  private run(camera: CameraTarget, offsetSeconds: number, signal: AbortSignal): Promise<Buffer | undefined> {
    const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', ...ffmpegInput(camera, offsetSeconds), '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'];
    return new Promise((resolve, reject) => {
      const child = spawn(this.config.cameras.ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      let size = 0;
      let stderr = '';
      const onAbort = () => child.kill('SIGKILL');
      signal.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_FRAME_BYTES) {
          child.kill('SIGKILL');
        } else {
          chunks.push(chunk);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      child.once('error', (error: NodeJS.ErrnoException) => {
        signal.removeEventListener('abort', onAbort);
        reject(
          error.code === 'ENOENT'
            ? cameraError(`ffmpeg was not found at "${this.config.cameras.ffmpegPath}": install ffmpeg or set FFMPEG_PATH`)
            : cameraError(`ffmpeg could not start: ${error.message}`),
        );
      });
      child.once('close', (code) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) {
          reject(cameraError('the camera gave no frame in time'));
        } else if (size > MAX_FRAME_BYTES) {
          reject(cameraError(`the frame is larger than ${MAX_FRAME_BYTES} bytes`));
        } else if (code !== 0) {
          reject(cameraError(`ffmpeg failed: ${maskSecretsIn(lastLines(stderr), camera.url)}`));
        } else {
          resolve(size > 0 ? Buffer.concat(chunks) : undefined);
        }
      });
    });
  }
}

function lastLines(text: string): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.slice(-3).join(' / ') || 'no output';
}
