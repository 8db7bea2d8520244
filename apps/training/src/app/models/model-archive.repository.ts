import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { readZipEntries, writeZip, type ZipEntry, type ZipFile } from '@sightline/storage';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

/** An uploaded model zip, spooled to a temp file; `remove` it when done. */
export interface SpooledArchive {
  path: string;
  size: number;
  projectId: string;
  filename: string;
  actor: string;
}

const ZIP_MAGIC = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

/** Model zips on the way in (a temp file under DATA_DIR, read entry by entry) and on the way out (streamed). */
@Injectable()
export class ModelArchiveRepository {
  private readonly dir: string;

  constructor(@Inject(CONFIG) private readonly config: SightlineConfig) {
    this.dir = join(config.dataDir, 'tmp', 'model-imports');
  }

  /** Writes the uploaded chunks to a temp file (never more than MAX_IMPORT_BYTES); the first chunk names the project. */
  async spool(chunks: AsyncIterable<TrainingV1.ImportModelChunk__Output>): Promise<SpooledArchive> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${randomUUID()}.zip`);
    const out = createWriteStream(path, { mode: 0o600 });
    try {
      let first: TrainingV1.ImportModelChunk__Output | undefined;
      let size = 0;
      for await (const chunk of chunks) {
        first ??= chunk;
        size += chunk.data.length;
        if (size > this.config.maxImportBytes) {
          throw new DomainError(ErrorCode.PayloadTooLarge, `the zip is larger than the ${this.config.maxImportBytes}-byte limit (MAX_IMPORT_BYTES)`);
        }
        if (!out.write(chunk.data)) {
          await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
      }
      out.end();
      await finished(out);
      if (!first?.projectId) {
        throw new DomainError(ErrorCode.InvalidArgument, 'no data: send the model zip');
      }
      return { path, size, projectId: first.projectId, filename: first.filename, actor: first.actor };
    } catch (error) {
      out.destroy();
      await rm(path, { force: true });
      throw error;
    }
  }

  async isZip(archive: SpooledArchive): Promise<boolean> {
    const handle = await open(archive.path, 'r');
    try {
      const head = Buffer.alloc(4);
      await handle.read(head, 0, 4, 0);
      return archive.size >= 22 && ZIP_MAGIC.some((magic) => magic.equals(head));
    } finally {
      await handle.close();
    }
  }

  entries(archive: SpooledArchive): AsyncGenerator<ZipEntry> {
    return readZipEntries(archive.path);
  }

  async remove(archive: SpooledArchive): Promise<void> {
    await rm(archive.path, { force: true });
  }

  write(files: ZipFile[]): AsyncGenerator<Buffer> {
    return writeZip(files);
  }
}
