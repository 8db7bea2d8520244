import * as tf from '@tensorflow/tfjs-core';
import sharp, { type OutputInfo } from 'sharp';

export interface ImageSpec {
  width: number;
  height: number;
  channels: 1 | 3;
}

/** The bytes are not an image sharp can decode (or decode within its pixel limit). */
export class ImageDecodeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageDecodeError';
  }
}

/**
 * The one preprocessing path for training and inference: decode, apply EXIF orientation, stretch to
 * width×height, drop alpha, convert to greyscale or sRGB, scale to [0, 1]. Returns HWC floats.
 */
export async function preprocess(bytes: Buffer, spec: ImageSpec): Promise<Float32Array> {
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(bytes)
      .rotate()
      .resize(spec.width, spec.height, { fit: 'fill' })
      .removeAlpha()
      .toColourspace(spec.channels === 1 ? 'b-w' : 'srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw new ImageDecodeError(`cannot decode image: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const expected = spec.width * spec.height * spec.channels;
  if (raw.info.channels !== spec.channels || raw.data.length !== expected) {
    throw new ImageDecodeError(
      `decoded ${raw.info.width}x${raw.info.height}x${raw.info.channels}, expected ${spec.width}x${spec.height}x${spec.channels}`,
    );
  }
  const out = new Float32Array(expected);
  for (let i = 0; i < expected; i++) {
    out[i] = raw.data[i] / 255;
  }
  return out;
}

/**
 * Preprocesses several images into one NHWC buffer. `concurrency` bounds how many decodes are in
 * flight (sharp runs them on libuv's thread pool).
 */
export async function preprocessBatch(
  images: readonly Buffer[],
  spec: ImageSpec,
  options: { concurrency?: number } = {},
): Promise<Float32Array> {
  const size = spec.width * spec.height * spec.channels;
  const out = new Float32Array(images.length * size);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < images.length; i = next++) {
      out.set(await preprocess(images[i], spec), i * size);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, images.length) }, worker));
  return out;
}

/** Wraps preprocessed NHWC data as a float32 tensor of shape [n, height, width, channels]. */
export function toInputTensor(data: Float32Array, spec: ImageSpec): tf.Tensor4D {
  const size = spec.width * spec.height * spec.channels;
  if (data.length % size !== 0) {
    throw new Error(`buffer of ${data.length} floats is not a whole number of ${spec.width}x${spec.height}x${spec.channels} images`);
  }
  return tf.tensor4d(data, [data.length / size, spec.height, spec.width, spec.channels]);
}
