import { Injectable } from '@nestjs/common';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CameraTarget, CaptureDriver, Frame, MAX_FRAME_BYTES, cameraError } from './capture-driver';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.bmp', '.avif']);
/** A file written in the last moment may still be growing; it is taken on the next scan. */
const SETTLE_MS = 300;
/** Files read per scan, so a folder of thousands does not hold one capture for minutes. */
const MAX_FILES_PER_SCAN = 200;

/** `folder`: each image file that appears in the folder is ingested once (by name, size and modification time). */
@Injectable()
export class FolderDriverRepository implements CaptureDriver {
  private readonly seen = new Map<string, Set<string>>();
  /** Cameras whose last scan left a file that was still being written. */
  private readonly unsettled = new Set<string>();

  async grab(camera: CameraTarget, signal: AbortSignal): Promise<Frame[]> {
    const folder = camera.path ?? '';
    let names: string[];
    try {
      names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile() && IMAGE_EXTENSIONS.has(extname(e.name).toLowerCase())).map((e) => e.name);
    } catch (error) {
      throw cameraError(`cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    // After a restart, files older than the camera's last capture were ingested before.
    const since = camera.id && !this.seen.has(camera.id) ? camera.since?.getTime() : undefined;
    const seen = camera.id ? this.seenOf(camera.id) : new Set<string>();
    const frames: Frame[] = [];
    const now = Date.now();
    this.unsettled.delete(camera.id);
    for (const name of names.sort()) {
      if (signal.aborted || frames.length >= MAX_FILES_PER_SCAN) {
        break;
      }
      const file = join(folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info) {
        continue;
      }
      if (now - info.mtimeMs < SETTLE_MS) {
        this.unsettled.add(camera.id);
        continue;
      }
      const key = `${name}|${info.size}|${info.mtimeMs}`;
      if (seen.has(key) || (since !== undefined && info.mtimeMs < since)) {
        seen.add(key);
        continue;
      }
      seen.add(key);
      if (info.size === 0 || info.size > MAX_FRAME_BYTES) {
        continue;
      }
      const content = await readFile(file).catch(() => undefined);
      if (content) {
        frames.push({ content, filename: name });
      }
    }
    if (!camera.id && frames.length > 1) {
      // A test before saving shows one frame.
      return frames.slice(-1);
    }
    return frames;
  }

  /** True when the last scan skipped a file still being written: scan again shortly. */
  hasUnsettled(cameraId: string): boolean {
    return this.unsettled.has(cameraId);
  }

  forget(cameraId: string): void {
    this.seen.delete(cameraId);
    this.unsettled.delete(cameraId);
  }

  private seenOf(cameraId: string): Set<string> {
    let set = this.seen.get(cameraId);
    if (!set) {
      set = new Set();
      this.seen.set(cameraId, set);
    }
    return set;
  }
}
