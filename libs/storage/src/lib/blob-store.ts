import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, statfs } from 'node:fs/promises';
import { dirname, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { writeFileAtomically } from './atomic-file';

/** Where images and model files live: a local folder by default. */
export interface BlobStore {
  readonly kind: string;
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`Blob not found: ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

/** `images/<sha256[0:2]>/<sha256>.<ext>` as DESIGN.md fixes it. */
export function imageKey(sha256: string, ext: string): string {
  return `images/${sha256.slice(0, 2)}/${sha256}.${ext}`;
}

export function thumbnailKey(sha256: string): string {
  return `thumbnails/${sha256.slice(0, 2)}/${sha256}.webp`;
}

/** The disk is full, or a write would leave less free than the store keeps. Code `ENOSPC`, like the system's own error. */
export class StorageFullError extends Error {
  readonly code = 'ENOSPC';

  constructor(message: string) {
    super(message);
    this.name = 'StorageFullError';
  }
}

export interface BlobStoreOptions {
  /** Free bytes the disk must keep: a put that would leave less is refused before anything is written. */
  minFreeBytes?: number;
}

export class LocalBlobStore implements BlobStore {
  readonly kind = 'local';
  private readonly root: string;
  private readonly minFreeBytes: number;
  /**
   * Folders this store has made or found: a recursive mkdir of an existing folder cost history about 0.2 ms of
   * main-thread CPU per stored image in a profile, more than the write itself. At most 256 per prefix (`images/ab`).
   */
  private readonly folders = new Set<string>();

  constructor(root: string, options: BlobStoreOptions = {}) {
    this.root = resolve(root);
    this.minFreeBytes = options.minFreeBytes ?? 0;
  }

  /**
   * Writes to a temp file in the same folder, fsyncs, then renames: readers never see half a blob. A full disk
   * (ENOSPC on any step) leaves no temp file behind and the blob as it was.
   */
  async put(key: string, content: Buffer): Promise<void> {
    const target = this.path(key);
    if (this.minFreeBytes > 0) {
      await this.checkFreeSpace(content.length);
    }
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    try {
      await writeFileAtomically(target, content);
    } catch (error) {
      // The folder was removed since this store made it (by hand, or a test's cleanup): make it again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw error;
      }
      await mkdir(folder, { recursive: true });
      await writeFileAtomically(target, content);
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? new BlobNotFoundError(key) : error;
    }
  }

  stream(key: string): Readable {
    return createReadStream(this.path(key));
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private async checkFreeSpace(bytes: number): Promise<void> {
    const disk = await statfs(this.root).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') {
        throw error;
      }
      await mkdir(this.root, { recursive: true });
      return statfs(this.root);
    });
    const free = disk.bavail * disk.bsize;
    if (free - bytes < this.minFreeBytes) {
      throw new StorageFullError(`the blob store's disk has ${free} bytes free and keeps at least ${this.minFreeBytes} (STORAGE_MIN_FREE_BYTES); a ${bytes}-byte file does not fit`);
    }
  }

  /** Keys are ours, but a key must still never resolve outside the root. */
  private path(key: string): string {
    const full = resolve(this.root, normalize(key));
    if (!full.startsWith(this.root + sep)) {
      throw new Error(`Blob key escapes the store: ${key}`);
    }
    return full;
  }
}

