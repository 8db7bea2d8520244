import sharp from 'sharp';
import { initBackend } from './backend';
import { ImageDecodeError, preprocess, preprocessBatch, toInputTensor } from './preprocess';

/** An 8×4 image whose left half is black and right half white. */
function halves(): Promise<Buffer> {
  const pixels = Buffer.alloc(8 * 4 * 3);
  for (let y = 0; y < 4; y++) {
    for (let x = 4; x < 8; x++) {
      pixels.fill(255, (y * 8 + x) * 3, (y * 8 + x) * 3 + 3);
    }
  }
  return sharp(pixels, { raw: { width: 8, height: 4, channels: 3 } }).png().toBuffer();
}

const mean = (values: Float32Array) => values.reduce((s, v) => s + v, 0) / values.length;

describe('preprocess', () => {
  beforeAll(async () => {
    await initBackend(undefined, { log: () => undefined });
  });

  it('resizes to the spec with fit fill and scales to [0, 1]', async () => {
    const out = await preprocess(await halves(), { width: 4, height: 2, channels: 1 });
    // Lanczos resampling rings a little at the edge, hence the rounding.
    expect(Array.from(out, (v) => Math.round(v))).toEqual([0, 0, 1, 1, 0, 0, 1, 1]);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('applies the EXIF orientation before resizing', async () => {
    // Orientation 6 means "rotate 90° clockwise to display": the black left half ends up on top.
    const rotated = await sharp(await halves())
      .jpeg({ quality: 100 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await preprocess(rotated, { width: 4, height: 8, channels: 1 });
    expect(mean(out.subarray(0, 12))).toBeLessThan(0.1);
    expect(mean(out.subarray(20))).toBeGreaterThan(0.9);
  });

  it('drops alpha and keeps RGB order', async () => {
    const rgba = await sharp(Buffer.from([200, 100, 50, 0, 200, 100, 50, 255]), {
      raw: { width: 2, height: 1, channels: 4 },
    })
      .png()
      .toBuffer();
    const out = await preprocess(rgba, { width: 2, height: 1, channels: 3 });
    expect(out).toHaveLength(6);
    expect(Array.from(out).map((v) => Math.round(v * 255))).toEqual([200, 100, 50, 200, 100, 50]);
  });

  it('turns colour into one grey channel', async () => {
    const red = await sharp({ create: { width: 3, height: 3, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const out = await preprocess(red, { width: 3, height: 3, channels: 1 });
    expect(out).toHaveLength(9);
    expect(out[0]).toBeGreaterThan(0.1);
    expect(out[0]).toBeLessThan(0.9);
  });

  it('rejects bytes that are not an image', async () => {
    await expect(preprocess(Buffer.from('not an image'), { width: 4, height: 4, channels: 3 })).rejects.toBeInstanceOf(
      ImageDecodeError,
    );
  });

  it('batches images in order into one NHWC tensor', async () => {
    const white = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const black = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#000000' } }).png().toBuffer();
    const spec = { width: 2, height: 2, channels: 1 } as const;
    const data = await preprocessBatch([white, black, white], spec, { concurrency: 2 });
    expect(Array.from(data)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
    const tensor = toInputTensor(data, spec);
    expect(tensor.shape).toEqual([3, 2, 2, 1]);
    tensor.dispose();
  });
});
