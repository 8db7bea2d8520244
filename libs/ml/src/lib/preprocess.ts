import * as tf from '@tensorflow/tfjs-core';
import sharp, { type OutputInfo } from 'sharp';
import { decodePlainPng } from './plain-png';

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
 * The one decoding path for training and inference: decode, apply EXIF orientation, stretch to
 * width×height, drop alpha, convert to greyscale or sRGB. Returns HWC bytes; `toFloats` scales them.
 * A small plain PNG already in the wanted size and channels is decoded without libvips (see plain-png.ts).
 */
export async function decodePixels(bytes: Buffer, spec: ImageSpec): Promise<Uint8Array> {
  return decodePlainPng(bytes, spec)?.pixels ?? decodeWithLibvips(bytes, spec);
}

/** `decodePixels` through libvips, for every image (the plain-PNG fast path gives the same bytes). */
export async function decodeWithLibvips(bytes: Buffer, spec: ImageSpec): Promise<Uint8Array> {
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
  return new Uint8Array(raw.data.buffer, raw.data.byteOffset, raw.data.length);
}

/** Scales decoded bytes to [0, 1] into `out` at `offset` (a new array by default). */
export function toFloats(pixels: Uint8Array, out = new Float32Array(pixels.length), offset = 0): Float32Array {
  for (let i = 0; i < pixels.length; i++) {
    out[offset + i] = pixels[i] / 255;
  }
  return out;
}

/** Decoded and scaled to [0, 1]: what a model is fed, in training and in inference alike. */
export async function preprocess(bytes: Buffer, spec: ImageSpec): Promise<Float32Array> {
  return toFloats(await decodePixels(bytes, spec));
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
