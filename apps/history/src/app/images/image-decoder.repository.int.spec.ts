import { loadConfig } from '@sightline/config';
import { ErrorCode } from '@sightline/contracts';
import { decodePlainPng } from '@sightline/ml/plain-png';
import sharp, { type Sharp } from 'sharp';
import { ImageDecoderRepository } from './image-decoder.repository';

const decoder = new ImageDecoderRepository(loadConfig({}));

/** Noise, so a cut file really lacks pixel data (a flat image compresses into its first bytes). */
function noise(width: number, height: number): Sharp {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) {
    raw[i] = (i * 2654435761) >>> 24;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

describe('ImageDecoderRepository with real sharp', () => {
  const cases: Array<[string, () => Promise<Buffer>]> = [
    ['a small PNG', () => noise(28, 28).png().toBuffer()],
    ['a small greyscale PNG', () => noise(28, 28).toColourspace('b-w').png().toBuffer()],
    ['a PNG larger than a thumbnail', () => noise(640, 300).png().toBuffer()],
    ['a camera-sized JPEG turned by EXIF', () => noise(1280, 720).jpeg().withMetadata({ orientation: 6 }).toBuffer()],
  ];

  it.each(cases)('inspect reads %s as decode does, and thumbnail() makes the same thumbnail later', async (_, make) => {
    const content = await make();
    const decoded = await decoder.decode(content, 'x');
    const { thumbnail, ...image } = decoded;
    expect(await decoder.inspect(content, 'x')).toEqual(image);
    expect((await decoder.thumbnail(content)).equals(thumbnail)).toBe(true);
    const meta = await sharp(thumbnail).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(256);
  });

  it('checks small plain PNGs without libvips (the cases above cover both paths)', async () => {
    expect(decodePlainPng(await noise(28, 28).png().toBuffer())).toMatchObject({ width: 28, height: 28, channels: 3 });
    expect(decodePlainPng(await noise(28, 28).toColourspace('b-w').png().toBuffer())).toMatchObject({ channels: 1 });
    expect(decodePlainPng(await noise(640, 300).png().toBuffer())).toBeUndefined();
  });

  it.each(cases)('inspect rejects %s cut in half with the error decode gives', async (_, make) => {
    const content = await make();
    const cut = content.subarray(0, Math.floor(content.length / 2));
    const expected = await decoder.decode(cut, 'cut').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(expected).toMatchObject({ code: ErrorCode.InvalidArgument, message: expect.stringMatching(/^cut: the \w+ data does not decode/) });
    await expect(decoder.inspect(cut, 'cut')).rejects.toEqual(expected);
  });

  it('inspect rejects what is not an image, empty or too big before decoding, as decode does', async () => {
    const small = new ImageDecoderRepository(loadConfig({ MAX_IMAGE_PIXELS: '1000', MAX_UPLOAD_BYTES: '100000' }));
    const inputs: Array<[Buffer, ErrorCode]> = [
      [Buffer.alloc(0), ErrorCode.InvalidArgument],
      [Buffer.from('GIF89a nope'), ErrorCode.UnsupportedMediaType],
      [await noise(40, 40).png().toBuffer(), ErrorCode.PayloadTooLarge],
      [Buffer.alloc(100_001, 1), ErrorCode.PayloadTooLarge],
    ];
    for (const [content, code] of inputs) {
      const expected = await small.decode(content, 'f').catch((error: unknown) => error);
      expect(expected).toMatchObject({ code });
      await expect(small.inspect(content, 'f')).rejects.toEqual(expected);
    }
  });
});
