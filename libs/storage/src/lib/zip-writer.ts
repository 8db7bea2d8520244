import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

export interface ZipFile {
  /** A relative path with `/` separators; `..`, absolute paths and backslashes are refused. */
  name: string;
  content: Buffer;
  /** Deflate when it makes the entry smaller (the default); `false` stores it as is, for data that barely compresses. */
  compress?: boolean;
  modifiedAt?: Date;
}

// Without ZIP64 every size and offset is 32 bits and the entry count 16 bits.
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;
const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const VERSION = 20;

/** Refuses the names a reader could turn into a path outside its folder (zip slip). */
export function checkZipEntryName(name: string): void {
  const parts = name.split('/');
  if (!name || name.length > 0xffff || name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name) || parts.some((p) => p === '..' || p === '.' || p === '')) {
    throw new Error(`unsafe zip entry name: ${JSON.stringify(name)}`);
  }
}

/** MS-DOS date and time, local time, two-second resolution; 1980 is the earliest it can say. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * Writes a zip one entry at a time, yielding each entry's bytes as soon as they are ready and the
 * central directory last, so a caller can stream the archive. Each entry is deflated when that makes
 * it smaller, else stored; `compress: false` skips the attempt (model weights: a few per cent for seconds
 * of CPU). No ZIP64: entries and the whole archive stay under 4 GiB.
 */
export async function* writeZip(files: Iterable<ZipFile> | AsyncIterable<ZipFile>): AsyncGenerator<Buffer> {
  const central: Buffer[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for await (const file of files) {
    checkZipEntryName(file.name);
    if (seen.has(file.name)) {
      throw new Error(`duplicate zip entry name: ${file.name}`);
    }
    seen.add(file.name);
    if (seen.size > MAX_ENTRIES) {
      throw new Error(`a zip without ZIP64 holds at most ${MAX_ENTRIES} entries`);
    }
    const name = Buffer.from(file.name, 'utf8');
    const deflated = file.compress !== false && file.content.length > 0 ? await deflate(file.content) : file.content;
    const [method, data] = deflated.length < file.content.length ? [DEFLATE, deflated] : [STORE, file.content];
    if (file.content.length > MAX_32 || offset + 30 + name.length + data.length > MAX_32) {
      throw new Error('the archive would pass 4 GiB, which needs ZIP64');
    }
    const crc = crc32(file.content);
    const { time, date } = dosDateTime(file.modifiedAt ?? new Date());

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, spec 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(file.content.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk number, internal and external attributes stay 0
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    yield Buffer.concat([local, name]);
    yield data;
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > MAX_32) {
    throw new Error('the archive would pass 4 GiB, which needs ZIP64');
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(seen.size, 8);
  end.writeUInt16LE(seen.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}
