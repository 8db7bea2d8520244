import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import * as yauzl from 'yauzl';
import { seededRandom } from './augment';
import { decodePlainPng, PLAIN_PNG_MAX_PIXELS } from './plain-png';
import { decodePixels, decodeWithLibvips } from './preprocess';

const DATASETS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'datasets');

/** The first `count` PNG files of a zip (yauzl directly: this library depends on no other of ours). */
function pngsOf(path: string, count: number): Promise<Array<{ name: string; bytes: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        return reject(error);
      }
      const found: Array<{ name: string; bytes: Buffer }> = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(found));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('.png')) {
          return zip.readEntry();
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            return reject(streamError);
          }
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            found.push({ name: entry.fileName, bytes: Buffer.concat(parts) });
            if (found.length === count) {
              zip.close();
              resolve(found);
            } else {
              zip.readEntry();
            }
          });
        });
      });
      zip.readEntry();
    });
  });
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/**
 * A PNG written here rather than by an encoder, so every row filter (row y uses filter y mod 5) and
 * extra chunks are covered on purpose.
 */
function png(width: number, height: number, channels: 1 | 3, pixels: Uint8Array, extra: Buffer[] = []): Buffer {
  const stride = width * channels;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    rows[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const x = pixels[y * stride + i];
      const a = i >= channels ? pixels[y * stride + i - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      rows[y * (stride + 1) + 1 + i] = (x - predicted) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 1 ? 0 : 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), ...extra, chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function noise(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe('decodePlainPng', () => {
  it.each([
    [1, 28, 28],
    [3, 64, 64],
    [1, 13, 7],
    [3, 1, 9],
  ] as const)('decodes every row filter of a %i-channel %i×%i PNG to the bytes libvips gives', async (channels, width, height) => {
    const pixels = noise(width * height * channels, width + height);
    const bytes = png(width, height, channels, pixels, [chunk('tEXt', Buffer.from('Comment\0request 1'))]);
    const plain = decodePlainPng(bytes);
    expect(plain).toMatchObject({ width, height, channels });
    expect(Buffer.from(plain?.pixels ?? []).equals(Buffer.from(pixels))).toBe(true);
    expect(Buffer.from(await decodeWithLibvips(bytes, { width, height, channels })).equals(Buffer.from(pixels))).toBe(true);
  });

  it('leaves to libvips what it could decode differently or that does not check out', async () => {
    const grey = noise(16 * 16, 1);
    const good = png(16, 16, 1, grey);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 20] ^= 0xff;
    const rgba = await sharp(Buffer.from(noise(16 * 16 * 4, 2)), { raw: { width: 16, height: 16, channels: 4 } }).png().toBuffer();
    const palette = await sharp(Buffer.from(noise(16 * 16 * 3, 3)), { raw: { width: 16, height: 16, channels: 3 } }).png({ palette: true }).toBuffer();
    const interlaced = await sharp(Buffer.from(grey), { raw: { width: 16, height: 16, channels: 1 } }).png({ progressive: true }).toBuffer();
    const sixteenBit = await sharp(Buffer.from(noise(16 * 16 * 6, 4)), { raw: { width: 16, height: 16, channels: 3 } }).toColourspace('rgb16').png().toBuffer();
    const side = Math.floor(Math.sqrt(PLAIN_PNG_MAX_PIXELS)) + 1;
    const cases: Record<string, Buffer> = {
      'a JPEG': await sharp(Buffer.from(grey), { raw: { width: 16, height: 16, channels: 1 } }).jpeg().toBuffer(),
      'RGBA': rgba,
      'a palette': palette,
      'Adam7 interlacing': interlaced,
      '16 bits per sample': sixteenBit,
      'a gamma chunk': png(16, 16, 1, grey, [chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]))]),
      'an EXIF chunk': png(16, 16, 1, grey, [chunk('eXIf', Buffer.from('MM\0*\0\0\0\x08\0\0', 'latin1'))]),
      'a bad CRC': flipped,
      'a truncated file': good.subarray(0, good.length - 30),
      'more pixels than the fast path takes': png(side, side, 1, noise(side * side, 5)),
    };
    for (const [what, bytes] of Object.entries(cases)) {
      expect([what, decodePlainPng(bytes)]).toEqual([what, undefined]);
    }
    // A plain PNG of another size or channel count than the one wanted is not decoded at all.
    expect(decodePlainPng(good, { width: 16, height: 16, channels: 1 })).toMatchObject({ width: 16, height: 16 });
    for (const wanted of [{ width: 28, height: 16, channels: 1 as const }, { width: 16, height: 16, channels: 3 as const }]) {
      expect(decodePlainPng(good, wanted)).toBeUndefined();
    }
  });

  it('gives the bytes libvips gives on the shared data sets (skipped without them)', async () => {
    const sets = [
      { name: 'mnist', spec: { width: 28, height: 28, channels: 1 as const } },
      { name: 'vehicles', spec: { width: 64, height: 64, channels: 3 as const } },
    ].filter((set) => existsSync(join(DATASETS, set.name, `${set.name}.zip`)));
    if (sets.length === 0) {
      console.warn(`skipped: no data sets in ${DATASETS}`);
      return;
    }
    for (const { name, spec } of sets) {
      const files = await pngsOf(join(DATASETS, name, `${name}.zip`), 500);
      expect(files).toHaveLength(500);
      for (const { name: file, bytes } of files) {
        // These sets are plain PNGs: the fast path really is taken, and gives libvips' bytes.
        expect([file, decodePlainPng(bytes) !== undefined]).toEqual([file, true]);
        expect([file, Buffer.from(await decodePixels(bytes, spec)).equals(Buffer.from(await decodeWithLibvips(bytes, spec)))]).toEqual([file, true]);
      }
    }
  }, 120_000);
});
