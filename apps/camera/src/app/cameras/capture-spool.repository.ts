import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { writeFileAtomically } from '@sightline/storage';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface SpooledCapture {
  id: string;
  projectId: string;
  cameraId: string;
  filename: string;
  label: string;
  capturedAt: string;
}

/**
 * Captures history could not store (it or its database is down), kept on the camera service's own disk under
 * `<DATA_DIR>/spool/captures` until they can be. Each is `<id>.bin` (the frame) and `<id>.json` (where it goes),
 * both written to a temp file, fsynced and renamed; the JSON is written last, so an entry is complete exactly
 * when its JSON exists. Ids sort in capture order.
 */
@Injectable()
export class CaptureSpoolRepository implements OnModuleInit {
  private readonly logger = new Logger(CaptureSpoolRepository.name);
  private readonly dir: string;
  private readonly maxBytes: number;
  private bytes = 0;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.dir = join(config.dataDir, 'spool', 'captures');
    this.maxBytes = config.cameras.spoolMaxBytes;
  }

  async onModuleInit(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const names = await readdir(this.dir);
    const complete = new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)));
    for (const name of names) {
      // Left by a crash in the middle of an add: never acknowledged, so never counted as spooled.
      if (name.endsWith('.tmp') || (name.endsWith('.bin') && !complete.has(name.slice(0, -'.bin'.length)))) {
        await unlink(join(this.dir, name)).catch(() => undefined);
      } else if (name.endsWith('.bin')) {
        this.bytes += (await stat(join(this.dir, name))).size;
      }
    }
    if (complete.size > 0) {
      this.logger.warn(`${complete.size} spooled capture(s) wait to be stored in history`);
    }
  }

  async add(capture: Omit<SpooledCapture, 'id'>, content: Buffer): Promise<SpooledCapture> {
    if (this.bytes + content.length > this.maxBytes) {
      throw new DomainError(ErrorCode.Unavailable, `history cannot store captures now and the local spool is full (CAPTURE_SPOOL_MAX_BYTES=${this.maxBytes})`);
    }
    const id = `${Date.now().toString().padStart(15, '0')}-${randomUUID()}`;
    const entry = { id, ...capture };
    await this.writeAtomically(`${id}.bin`, content);
    await this.writeAtomically(`${id}.json`, Buffer.from(JSON.stringify(entry)));
    this.bytes += content.length;
    return entry;
  }

  /** Complete entries, oldest first. */
  async list(): Promise<SpooledCapture[]> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    const entries: SpooledCapture[] = [];
    for (const name of names) {
      entries.push(JSON.parse(await readFile(join(this.dir, name), 'utf8')) as SpooledCapture);
    }
    return entries;
  }

  content(id: string): Promise<Buffer> {
    return readFile(join(this.dir, `${id}.bin`));
  }

  /** The JSON goes first: once it is gone the entry is gone, whatever happens to the frame file. */
  async remove(id: string): Promise<void> {
    const size = (await stat(join(this.dir, `${id}.bin`)).catch(() => undefined))?.size ?? 0;
    await unlink(join(this.dir, `${id}.json`));
    await unlink(join(this.dir, `${id}.bin`)).catch(() => undefined);
    this.bytes = Math.max(0, this.bytes - size);
  }

  private async writeAtomically(name: string, content: Buffer): Promise<void> {
    await writeFileAtomically(join(this.dir, name), content, 0o600);
  }

}
