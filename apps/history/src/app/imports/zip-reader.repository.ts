import { Injectable } from '@nestjs/common';
import { readZipEntries, type ZipEntry } from '@sightline/storage';

/** Reads a zip from its central directory, one entry at a time; nothing is ever extracted to disk by name. */
@Injectable()
export class ZipReaderRepository {
  entries(path: string): AsyncGenerator<ZipEntry> {
    return readZipEntries(path);
  }
}
