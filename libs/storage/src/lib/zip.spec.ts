import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { readZipEntries, ZipEntryReadError, ZipEntryTooLargeError, ZipFormatError } from './zip-reader';
import { checkZipEntryName, writeZip, type ZipFile } from './zip-writer';

async function zipOf(files: ZipFile[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of writeZip(files)) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** One deflated entry whose headers claim `claimed` bytes, whatever the data inflates to. */
function lyingZip(name: string, content: Buffer, claimed: number): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('zip writer and reader', () => {
  let dir: string;
  const write = (name: string, content: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const readAll = async (path: string, limit = 1 << 30) => {
    const out: Record<string, Buffer> = {};
    for await (const entry of readZipEntries(path)) {
      out[entry.name] = await entry.read(limit);
    }
    return out;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-zip-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a zip that reads back byte for byte, deflating what compresses and storing what does not or should not', async () => {
    const text = Buffer.from(JSON.stringify({ labels: Array.from({ length: 500 }, (_, i) => `class ${i}`) }));
    const noise = randomBytes(200_000);
    const files = [
      { name: 'model.json', content: text },
      { name: 'weights.bin', content: noise },
      { name: 'empty.txt', content: Buffer.alloc(0) },
      { name: 'folder/naïve ünïcode.json', content: Buffer.from('{}') },
      { name: 'stored.json', content: text, compress: false },
    ];
    const path = write('round.zip', await zipOf(files));
    const sizes: Record<string, [number, number]> = {};
    for await (const entry of readZipEntries(path)) {
      sizes[entry.name] = [entry.compressedSize, entry.uncompressedSize];
    }
    expect(sizes['model.json'][0]).toBeLessThan(text.length / 3);
    expect(sizes['weights.bin']).toEqual([noise.length, noise.length]);
    expect(sizes['stored.json']).toEqual([text.length, text.length]);
    const back = await readAll(path);
    expect(Object.keys(back)).toEqual(files.map((f) => f.name));
    for (const file of files) {
      expect(back[file.name].equals(file.content)).toBe(true);
    }
  });

  it('is a zip other tools accept (the system unzip, when installed, tests every CRC)', async () => {
    const path = write('tool.zip', await zipOf([{ name: 'a/b.txt', content: Buffer.from('hello '.repeat(1000)) }, { name: 'c.bin', content: randomBytes(1000) }]));
    let output: string;
    try {
      output = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return; // no unzip on this machine: the yauzl round trip above still holds
      }
      throw error;
    }
    expect(output).toMatch(/No errors detected/);
  });

  it('yields the entries as they are written, so an archive can be streamed', async () => {
    const chunks: Buffer[] = [];
    async function* slow(): AsyncGenerator<ZipFile> {
      yield { name: 'first', content: Buffer.from('1') };
      // the first entry's bytes are out before the second file exists
      expect(chunks.length).toBe(2);
      yield { name: 'second', content: Buffer.from('2') };
    }
    for await (const chunk of writeZip(slow())) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBe(5);
  });

  it.each(['../x', '/etc/passwd', 'a/../../x', 'a\\b', 'C:/x', 'a//b', './a', '', 'dir/'])('refuses to write the unsafe name %j', async (name) => {
    expect(() => checkZipEntryName(name)).toThrow(/unsafe zip entry name/);
    await expect(zipOf([{ name, content: Buffer.from('x') }])).rejects.toThrow(/unsafe zip entry name/);
  });

  it('refuses duplicate names', async () => {
    await expect(zipOf([{ name: 'a', content: Buffer.from('1') }, { name: 'a', content: Buffer.from('2') }])).rejects.toThrow(/duplicate/);
  });

  it('reports a file that is not a zip as a ZipFormatError', async () => {
    const path = write('not.zip', Buffer.from('PK\u0003\u0004 but nothing else of a zip'));
    await expect(readAll(path)).rejects.toBeInstanceOf(ZipFormatError);
  });

  it('stops inflating at the limit (a zip bomb), and catches a header that lies about the size', async () => {
    const bomb = (await readZipEntries(write('bomb.zip', lyingZip('weights.bin', Buffer.alloc(5_000_000), 5_000_000))).next()).value;
    expect(bomb?.compressedSize).toBeLessThan(10_000);
    await expect(bomb?.read(1_000_000)).rejects.toBeInstanceOf(ZipEntryTooLargeError);
    const liar = (await readZipEntries(write('liar.zip', lyingZip('weights.bin', Buffer.alloc(5_000_000), 1000))).next()).value;
    expect(liar?.uncompressedSize).toBe(1000);
    await expect(liar?.read(10_000_000)).rejects.toThrow(ZipEntryReadError);
  });

  it('hands over hostile names unchanged, for the caller to judge', async () => {
    const path = write('slip.zip', lyingZip('../../evil.sh', Buffer.from('rm -rf /'), 8));
    const names: string[] = [];
    for await (const entry of readZipEntries(path)) {
      names.push(entry.name);
    }
    expect(names).toEqual(['../../evil.sh']);
    expect(() => checkZipEntryName(names[0])).toThrow();
  });
});
