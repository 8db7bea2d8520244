import { Injectable } from '@nestjs/common';
import { readZipEntries, type ZipEntry } from '@sightline/storage';

export type { ZipEntry };
/** One entry cannot be read (too large once inflated, corrupt data, bad CRC); the rest of the archive can. */
export { ZipEntryReadError as EntryReadError, ZipEntryTooLargeError as EntryTooLargeError } from '@sightline/storage';

/** Reads a zip from its central directory, one entry at a time; nothing is ever extracted to disk by name. */
@Injectable()
export class ZipReaderRepository {
  entries(path: string): AsyncGenerator<ZipEntry> {
    return readZipEntries(path);
  }
}
