import { Readable } from 'node:stream';
import * as yauzl from 'yauzl';

export interface ZipEntry {
  /** The name as stored, decoded as UTF-8; not yet checked (see `checkZipEntryName`). */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
  /** Inflates the entry into memory, failing once it passes `limit` bytes whatever its header claims. */
  read(limit: number): Promise<Buffer>;
}

/** The file is not a zip archive yauzl can read (no central directory, truncated, …). */
export class ZipFormatError extends Error {}

/** One entry cannot be read (too large once inflated, corrupt data, bad CRC); the rest of the archive can. */
export class ZipEntryReadError extends Error {}

export class ZipEntryTooLargeError extends ZipEntryReadError {}

async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new ZipEntryTooLargeError(`more than ${limit} bytes once inflated`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a zip file from its central directory, one entry at a time; nothing is ever extracted to disk by name. */
export async function* readZipEntries(path: string): AsyncGenerator<ZipEntry> {
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings: false keeps yauzl from rejecting the whole archive over one unsafe name; callers check names per entry.
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new ZipFormatError(`not a readable zip archive: ${(error as Error).message}`);
  }
  try {
    const iterator = zip.eachEntry()[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<yauzl.Entry>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new ZipFormatError(`the zip's central directory is corrupt: ${(error as Error).message}`);
      }
      if (next.done) {
        return;
      }
      const entry = next.value;
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
            throw error instanceof ZipEntryReadError ? error : new ZipEntryReadError(`unreadable entry: ${(error as Error).message}`);
          }
        },
      };
    }
  } finally {
    zip.close();
  }
}
