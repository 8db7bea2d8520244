import { crc32, inflateSync } from 'node:zlib';

/**
 * A fast path for the images small models mostly see: libvips spends about a millisecond of CPU on
 * any image, however small (measured here on 28×28 MNIST PNGs), where inflating and unfiltering one in
 * JavaScript takes microseconds. Only PNGs whose pixels libvips would hand over unchanged are decoded
 * here: 8-bit greyscale or RGB, not interlaced, no palette or transparency, and no chunk that could
 * change the pixels (gamma, colour profile, EXIF orientation, …). Anything else, and anything that
 * does not check out (bad CRC, short data), is left to libvips (`undefined`), which decodes it or
 * reports the error. `plain-png.spec.ts` checks the output is byte for byte libvips' on real data sets.
 */

export interface PlainPng {
  width: number;
  height: number;
  channels: 1 | 3;
  /** HWC bytes. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Chunks that carry no pixel information (text, time, physical size). */
const IGNORED_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'tIME', 'pHYs']);
/** Larger images go to libvips: decoding here blocks the event loop, and its per-image cost no longer dominates. */
export const PLAIN_PNG_MAX_PIXELS = 256 * 256;

/**
 * The PNG's pixels when it is plain (see above), else `undefined`. With `wanted`, a PNG of another size or
 * channel count is `undefined` as soon as its header is read, before anything is inflated.
 */
export function decodePlainPng(bytes: Buffer, wanted?: Omit<PlainPng, 'pixels'>): PlainPng | undefined {
  if (bytes.length < SIGNATURE.length || !bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    return undefined;
  }
  let header: { width: number; height: number; channels: 1 | 3 } | undefined;
  const data: Buffer[] = [];
  let ended = false;
  for (let offset = SIGNATURE.length; !ended; ) {
    if (offset + 12 > bytes.length) {
      return undefined;
    }
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length || crc32(bytes.subarray(offset + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) {
      return undefined;
    }
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, end - 4);
    if (type === 'IHDR') {
      header = plainHeader(body);
      if (header === undefined || (wanted !== undefined && (header.width !== wanted.width || header.height !== wanted.height || header.channels !== wanted.channels))) {
        return undefined;
      }
    } else if (type === 'IDAT' && header !== undefined) {
      data.push(body);
    } else if (type === 'IEND') {
      ended = true;
    } else if (!IGNORED_CHUNKS.has(type)) {
      return undefined;
    }
    offset = end;
  }
  if (header === undefined || data.length === 0) {
    return undefined;
  }
  const { width, height, channels } = header;
  const stride = width * channels;
  let filtered: Buffer;
  try {
    filtered = inflateSync(Buffer.concat(data), { maxOutputLength: (stride + 1) * height });
  } catch {
    return undefined;
  }
  if (filtered.length !== (stride + 1) * height) {
    return undefined;
  }
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    if (!unfilterRow(filtered[y * (stride + 1)], filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), pixels, y * stride, stride, channels)) {
      return undefined;
    }
  }
  return { width, height, channels, pixels };
}

/** Width, height and channels when IHDR describes a plain image: 8-bit grey (type 0) or RGB (type 2), deflate, no interlace. */
function plainHeader(ihdr: Buffer): { width: number; height: number; channels: 1 | 3 } | undefined {
  if (ihdr.length !== 13) {
    return undefined;
  }
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colourType, compression, filter, interlace] = ihdr.subarray(8, 13);
  if (width === 0 || height === 0 || width * height > PLAIN_PNG_MAX_PIXELS || depth !== 8 || compression !== 0 || filter !== 0 || interlace !== 0) {
    return undefined;
  }
  return colourType === 0 ? { width, height, channels: 1 } : colourType === 2 ? { width, height, channels: 3 } : undefined;
}

/** Undoes one row's filter (PNG spec, section 9) into `out` at `start`, where the previous row already is. */
function unfilterRow(filter: number, row: Uint8Array, out: Uint8Array, start: number, stride: number, bpp: number): boolean {
  const up = (i: number) => (start >= stride ? out[start - stride + i] : 0);
  const left = (i: number) => (i >= bpp ? out[start + i - bpp] : 0);
  switch (filter) {
    case 0:
      out.set(row, start);
      return true;
    case 1:
      for (let i = 0; i < stride; i++) {
        out[start + i] = row[i] + left(i);
      }
      return true;
    case 2:
      for (let i = 0; i < stride; i++) {
        out[start + i] = row[i] + up(i);
      }
      return true;
    case 3:
      for (let i = 0; i < stride; i++) {
        out[start + i] = row[i] + ((left(i) + up(i)) >> 1);
      }
      return true;
    case 4:
      for (let i = 0; i < stride; i++) {
        const a = left(i);
        const b = up(i);
        const c = i >= bpp && start >= stride ? out[start - stride + i - bpp] : 0;
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        out[start + i] = row[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      return true;
    default:
      return false;
  }
}
