import type { ImageSpec } from './preprocess';

/** Random changes applied to training images only; each image draws its own values. */
export interface Augmentation {
  /** Mirror left-right with probability 1/2 (off for digits and text, where it changes the class). */
  flip: boolean;
  /** Largest shift as a share of the side, e.g. 0.1 moves by up to 10% in each direction. */
  shift: number;
  /** Largest rotation in degrees, either way. */
  rotationDegrees: number;
  /** Largest change of brightness (added) and contrast (multiplied around the mean), e.g. 0.1. */
  brightness: number;
  contrast: number;
}

export const DEFAULT_AUGMENTATION: Augmentation = { flip: true, shift: 0.1, rotationDegrees: 10, brightness: 0.1, contrast: 0.1 };

/** mulberry32: a small seeded generator, so a run with the same seed augments the same way. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Augments NHWC floats in [0, 1] in place: an affine warp (rotation about the centre, shift, optional
 * mirror) sampled bilinearly with edge pixels repeated, then brightness and contrast, clamped to [0, 1].
 * Plain loops on small images cost far less than the training step they feed.
 */
export function augmentBatch(data: Float32Array, spec: ImageSpec, options: Augmentation, random: () => number): void {
  const { width: w, height: h, channels: c } = spec;
  const size = w * h * c;
  const source = new Float32Array(size);
  const span = (max: number) => (random() * 2 - 1) * max;
  for (let offset = 0; offset + size <= data.length; offset += size) {
    const image = data.subarray(offset, offset + size);
    source.set(image);
    const angle = (span(options.rotationDegrees) * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const dx = span(options.shift) * w;
    const dy = span(options.shift) * h;
    const mirror = options.flip && random() < 0.5;
    const gain = 1 + span(options.contrast);
    const bias = span(options.brightness);
    let mean = 0;
    const cx = (w - 1) / 2;
    const cy = (h - 1) / 2;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        // Where this output pixel comes from: the inverse of rotate-then-shift, about the centre.
        const ox = (mirror ? w - 1 - x : x) - cx - dx;
        const oy = y - cy - dy;
        const sx = Math.min(w - 1, Math.max(0, cos * ox + sin * oy + cx));
        const sy = Math.min(h - 1, Math.max(0, -sin * ox + cos * oy + cy));
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const x1 = Math.min(w - 1, x0 + 1);
        const y1 = Math.min(h - 1, y0 + 1);
        const fx = sx - x0;
        const fy = sy - y0;
        for (let k = 0; k < c; k++) {
          const top = source[(y0 * w + x0) * c + k] * (1 - fx) + source[(y0 * w + x1) * c + k] * fx;
          const bottom = source[(y1 * w + x0) * c + k] * (1 - fx) + source[(y1 * w + x1) * c + k] * fx;
          const value = top * (1 - fy) + bottom * fy;
          image[(y * w + x) * c + k] = value;
          mean += value;
        }
      }
    }
    mean /= size;
    for (let i = 0; i < size; i++) {
      image[i] = Math.min(1, Math.max(0, (image[i] - mean) * gain + mean + bias));
    }
  }
}
