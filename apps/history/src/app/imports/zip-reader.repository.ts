import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import * as yauzl from 'yauzl';

export interface ZipEntry {
  /** The name as stored, decoded as UTF-8; not yet checked. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
  read(limit: number): Promise<Buffer>;
}

/** One entry cannot be read (too large once inflated, corrupt data, bad CRC); the rest of the archive can. */
export class EntryReadError extends Error {}

export class EntryTooLargeError extends EntryReadError {}

async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new EntryTooLargeError(`more than ${limit} bytes once inflated`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a zip from its central directory, one entry at a time; nothing is ever extracted to disk by name. */
@Injectable()
export class ZipReaderRepository {
  async *entries(path: string): AsyncGenerator<ZipEntry> {
    // decodeStrings: false keeps yauzl from rejecting the whole archive over one unsafe name; names are checked per entry.
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    try {
      for await (const entry of zip.eachEntry()) {
        const raw = entry.fileName as unknown as Buffer | string;
        const name = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
        yield {
          name,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          isDirectory: name.endsWith('/'),
          read: async (limit: number) => {
            try {
              return await readAll(await zip.openReadStreamPromise(entry), limit);
            } catch (error) {
              throw error instanceof EntryReadError ? error : new EntryReadError(`unreadable entry: ${(error as Error).message}`);
            }
          },
        };
      }
    } finally {
      zip.close();
    }
  }
}
