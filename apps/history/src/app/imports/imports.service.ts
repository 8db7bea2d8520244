import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { ImportJobEntity } from '@sightline/persistence';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { finished } from 'node:stream/promises';
import { ImagesService, type ImportedFile } from '../images/images.service';
import { ProjectsService } from '../projects/projects.service';
import { ImportJobRepository } from './import-job.repository';
import { EntryReadError, ZipReaderRepository } from './zip-reader.repository';

const MAX_ERRORS_KEPT = 1000;
const MAX_ENTRIES = 1_000_000;
// Deflate rarely beats 100:1 on real images; far beyond that is a bomb.
const MAX_RATIO = 200;
const PROGRESS_EVERY_MS = 1000;
/**
 * Files are stored in chunks, each with one duplicate query and one transaction (row-by-row inserts
 * held MNIST's import to about 370 images/s).
 */
const CHUNK_FILES = 64;
const CHUNK_BYTES = 32 * 1024 * 1024;
/** Chunks stored at once: decoding, fsyncs and the transaction of one chunk wait on different things. */
const CHUNKS_IN_FLIGHT = 3;
const IGNORED = /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|\._[^/]*)(\/|$)/;

export interface ImportChunk {
  projectId: string;
  filename: string;
  author: string;
  data: Buffer;
}

/** Where an entry's label and split come from: `train/<label>/f`, `test/<label>/f` or `<label>/f`, under any top folder. */
export function parseEntryName(name: string): { label: string; split: string | null } | { error: string } {
  if (name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return { error: 'unsafe path in the archive' };
  }
  const parts = name.split('/');
  if (parts.some((p) => p === '..' || p === '.')) {
    return { error: 'unsafe path in the archive' };
  }
  if (parts.length < 2 || posix.normalize(name) !== name) {
    return { error: 'not inside a <label>/ folder' };
  }
  const label = parts[parts.length - 2].trim();
  const parent = parts.length >= 3 ? parts[parts.length - 3].toLowerCase() : '';
  const split = parent === 'train' || parent === 'test' ? parent : null;
  if (label.length === 0 || label.length > 100) {
    return { error: 'the label folder name must be 1 to 100 characters' };
  }
  return { label, split };
}

@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ImportsService.name);
  private queue: Promise<void> = Promise.resolve();
  private labelChanges: Promise<void> = Promise.resolve();

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly jobs: ImportJobRepository,
    private readonly zips: ZipReaderRepository,
    private readonly images: ImagesService,
    private readonly projects: ProjectsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.jobs.failUnfinished('the history service stopped during the import: upload the zip again');
    if (failed > 0) {
      this.logger.warn(`marked ${failed} unfinished import(s) as failed`);
    }
  }

  /** Spools the uploaded chunks to a temp file, checks it is a zip, then queues the import. */
  async start(chunks: AsyncIterable<ImportChunk>): Promise<HistoryV1.ImportJob> {
    const job = Object.assign(new ImportJobEntity(), { state: 'queued', total: 0, imported: 0, duplicates: 0, skipped: 0, errors: [], labelsAdded: [], error: null, finishedAt: null });
    const dir = join(this.config.dataDir, 'tmp', 'imports');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${job.id}.zip`);
    try {
      let first: ImportChunk | undefined;
      let size = 0;
      const out = createWriteStream(path, { mode: 0o600 });
      for await (const chunk of chunks) {
        first ??= chunk;
        size += chunk.data.length;
        if (size > this.config.maxImportBytes) {
          out.destroy();
          throw new DomainError(ErrorCode.PayloadTooLarge, `the zip is larger than the ${this.config.maxImportBytes}-byte limit (MAX_IMPORT_BYTES)`);
        }
        if (!out.write(chunk.data)) {
          await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
      }
      out.end();
      await finished(out);
      if (!first) {
        throw new DomainError(ErrorCode.InvalidArgument, 'no data: send the zip');
      }
      const project = await this.projects.require(first.projectId);
      await this.checkZipMagic(path, size);
      Object.assign(job, { projectId: project.id, filename: (first.filename || 'import.zip').slice(0, 300), author: first.author || null, createdAt: new Date() });
      await this.jobs.save(job);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    this.queue = this.queue.then(() => this.run(job, path));
    return this.view(job);
  }

  async get(id: string): Promise<HistoryV1.ImportJob> {
    const job = await this.jobs.findById(id);
    if (!job) {
      throw new DomainError(ErrorCode.NotFound, `import ${id} not found`);
    }
    return this.view(job);
  }

  async list(projectId: string): Promise<HistoryV1.ImportJob[]> {
    await this.projects.require(projectId);
    return (await this.jobs.list(projectId)).map((j) => this.view(j));
  }

  private async checkZipMagic(path: string, size: number): Promise<void> {
    const handle = await open(path, 'r');
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    await handle.close();
    const isZip = head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || head.equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (size === 0 || !isZip) {
      throw new DomainError(ErrorCode.UnsupportedMediaType, 'not a zip archive: send a .zip in image-folder layout (train/<label>/*, test/<label>/*, or <label>/*)');
    }
  }

  private async run(job: ImportJobEntity, path: string): Promise<void> {
    job.state = 'running';
    await this.jobs.save(job);
    let lastSave = Date.now();
    const skip = (file: string, reason: string) => {
      job.skipped++;
      if (job.errors.length < MAX_ERRORS_KEPT) {
        job.errors.push({ file: file.slice(0, 500), reason });
      }
    };
    let chunk: ImportedFile[] = [];
    let chunkBytes = 0;
    const storing = new Set<Promise<void>>();
    let fatal: Error | undefined;
    // Stores a full chunk in the background while the next ones are read, at most CHUNKS_IN_FLIGHT at once. A
    // background store never rejects (nothing would be listening yet): its failure is kept and ends the import at the next flush.
    const flush = async (limit: number) => {
      if (chunk.length > 0) {
        const task = this.storeChunk(job, chunk, skip)
          .catch((error: unknown) => {
            fatal ??= error instanceof Error ? error : new Error(String(error));
          })
          .finally(() => storing.delete(task));
        storing.add(task);
        chunk = [];
        chunkBytes = 0;
      }
      while (storing.size > limit) {
        await Promise.race(storing);
      }
      if (fatal) {
        throw fatal;
      }
    };
    try {
      // Labels already in the project, so each file does not re-read the project to check its folder name.
      const knownLabels = new Set((await this.projects.require(job.projectId)).labels);
      let inflated = 0;
      let entries = 0;
      for await (const entry of this.zips.entries(path)) {
        if (++entries > MAX_ENTRIES) {
          throw new Error(`more than ${MAX_ENTRIES} entries`);
        }
        if (entry.isDirectory || IGNORED.test(entry.name)) {
          continue;
        }
        job.total++;
        const parsed = parseEntryName(entry.name);
        if ('error' in parsed) {
          skip(entry.name, parsed.error);
          continue;
        }
        if (entry.uncompressedSize > this.config.maxUploadBytes) {
          skip(entry.name, `larger than the ${this.config.maxUploadBytes}-byte limit (MAX_UPLOAD_BYTES)`);
          continue;
        }
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * MAX_RATIO) {
          skip(entry.name, 'compressed more than 200:1: refused as a likely zip bomb');
          continue;
        }
        inflated += entry.uncompressedSize;
        if (inflated > this.config.maxImportBytes * 10) {
          throw new Error('the archive inflates to more than ten times MAX_IMPORT_BYTES');
        }
        let content: Buffer;
        try {
          content = await entry.read(this.config.maxUploadBytes);
        } catch (error) {
          if (error instanceof EntryReadError) {
            skip(entry.name, error.message.replace(`${entry.name}: `, ''));
            continue;
          }
          throw error;
        }
        // A folder joins the project's labels only with a file that really is an image.
        if (!knownLabels.has(parsed.label)) {
          try {
            await this.images.check(content, entry.name);
          } catch (error) {
            if (!(error instanceof DomainError)) {
              throw error;
            }
            skip(entry.name, error.message.replace(`${entry.name}: `, ''));
            continue;
          }
          await this.ensureLabel(job, parsed.label, knownLabels);
        }
        chunk.push({ content, filename: entry.name, label: parsed.label, split: parsed.split });
        chunkBytes += content.length;
        if (chunk.length >= CHUNK_FILES || chunkBytes >= CHUNK_BYTES) {
          await flush(CHUNKS_IN_FLIGHT - 1);
        }
        if (Date.now() - lastSave > PROGRESS_EVERY_MS) {
          await this.jobs.save(job);
          lastSave = Date.now();
        }
      }
      await flush(0);
      if (job.imported + job.duplicates === 0) {
        job.state = 'failed';
        job.error = job.total === 0 ? 'the zip holds no files' : 'no image in the zip could be imported (see errors)';
      } else {
        job.state = 'succeeded';
      }
    } catch (error) {
      job.state = 'failed';
      job.error = `the archive could not be read: ${(error as Error).message}`;
      this.logger.warn(`import ${job.id} failed: ${(error as Error).message}`);
    } finally {
      await Promise.all(storing);
      // The upload goes before the job says it has ended, so a finished import has left nothing behind.
      await rm(path, { force: true }).catch((error: Error) => this.logger.warn(`import ${job.id}: could not remove ${path}: ${error.message}`));
      job.finishedAt = new Date();
      await this.jobs.save(job);
    }
  }

  /** Stores a chunk of the archive's files; a file that is not a usable image is skipped with the reason. */
  private async storeChunk(job: ImportJobEntity, files: ImportedFile[], skip: (file: string, reason: string) => void): Promise<void> {
    const results = await this.images.storeImported(job.projectId, files, { sourceId: job.id, author: job.author ?? undefined });
    results.forEach((result, i) => {
      if ('error' in result) {
        skip(files[i].filename, result.error.message.replace(`${files[i].filename}: `, ''));
      } else if (result.duplicate) {
        job.duplicates++;
      } else {
        job.imported++;
      }
    });
  }

  /**
   * Labels found in the archive join the project's label set, one change at a time: files of a new
   * label are stored concurrently, and two read-modify-writes of the label list would lose one.
   */
  private ensureLabel(job: ImportJobEntity, label: string, known: Set<string>): Promise<void> {
    const change = this.labelChanges.then(async () => {
      if (known.has(label)) {
        return;
      }
      const project = await this.projects.require(job.projectId);
      if (!project.labels.includes(label)) {
        await this.projects.update(job.projectId, { labels: [...project.labels, label] });
        job.labelsAdded.push(label);
      }
      known.add(label);
    });
    this.labelChanges = change.catch(() => undefined);
    return change;
  }

  private view(job: ImportJobEntity): HistoryV1.ImportJob {
    return {
      id: job.id,
      projectId: job.projectId,
      state: job.state,
      filename: job.filename,
      total: job.total,
      imported: job.imported,
      duplicates: job.duplicates,
      skipped: job.skipped,
      errors: job.errors,
      labelsAdded: job.labelsAdded,
      error: job.error ?? '',
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt ? job.finishedAt.toISOString() : '',
    };
  }
}
