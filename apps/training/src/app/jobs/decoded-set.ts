import { decodePixels, toFloats, type ImageSpec } from '@sightline/ml';
import { imageKey, type BlobStore } from '@sightline/storage';
import type { DatasetImage } from './training-protocol';

/** How many images are decoded at once (sharp spreads them over libuv's thread pool). */
const DECODE_CHUNK = 64;

/**
 * The images of one split, decoded with the same function inference uses. When they fit the memory
 * budget they are decoded once and kept as bytes (a quarter of the floats' size); otherwise every
 * batch is decoded from the blob store when it is needed, so memory does not grow with the data set.
 */
export class DecodedSet {
  private cache?: Uint8Array;
  readonly perImage: number;

  constructor(
    readonly images: readonly DatasetImage[],
    private readonly spec: ImageSpec,
    private readonly store: BlobStore,
  ) {
    this.perImage = spec.width * spec.height * spec.channels;
  }

  get size(): number {
    return this.images.length;
  }

  get cached(): boolean {
    return this.cache !== undefined;
  }

  /** Decodes everything into memory now; `onChunk` runs after every chunk (and may throw to stop). */
  async preload(onChunk: () => void): Promise<void> {
    const cache = new Uint8Array(this.images.length * this.perImage);
    for (let i = 0; i < this.images.length; i += DECODE_CHUNK) {
      const ids = Array.from({ length: Math.min(DECODE_CHUNK, this.images.length - i) }, (_, k) => i + k);
      const pixels = await this.decode(ids);
      pixels.forEach((p, k) => cache.set(p, (i + k) * this.perImage));
      onChunk();
    }
    this.cache = cache;
  }

  /** The images at these positions as NHWC floats in [0, 1]. */
  async floats(ids: readonly number[]): Promise<Float32Array> {
    const out = new Float32Array(ids.length * this.perImage);
    if (this.cache !== undefined) {
      const cache = this.cache;
      ids.forEach((id, k) => toFloats(cache.subarray(id * this.perImage, (id + 1) * this.perImage), out, k * this.perImage));
      return out;
    }
    for (let i = 0; i < ids.length; i += DECODE_CHUNK) {
      const pixels = await this.decode(ids.slice(i, i + DECODE_CHUNK));
      pixels.forEach((p, k) => toFloats(p, out, (i + k) * this.perImage));
    }
    return out;
  }

  private async decode(ids: readonly number[]): Promise<Uint8Array[]> {
    return Promise.all(
      ids.map(async (id) => {
        const image = this.images[id];
        try {
          return await decodePixels(await this.store.get(imageKey(image.sha256, image.ext)), this.spec);
        } catch (error) {
          throw new Error(`image ${image.imageId}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
  }
}
