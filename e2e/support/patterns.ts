import sharp from 'sharp';
import { makeZip } from './zip';

/** Two classes a small CNN must tell apart: a bright square top-left or bottom-right, on noise. */
export async function patternImage(label: 'tl' | 'br', seed: number): Promise<Buffer> {
  const side = 16;
  const pixels = Buffer.alloc(side * side);
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = (i * 37 + seed * 101) % 64;
  }
  const [x0, y0] = label === 'tl' ? [1, 1] : [9, 9];
  for (let y = y0; y < y0 + 6; y++) {
    for (let x = x0; x < x0 + 6; x++) {
      pixels[y * side + x] = 230;
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } }).png().toBuffer();
}

export async function patternDataset(): Promise<Buffer> {
  const entries = [];
  for (const label of ['tl', 'br'] as const) {
    for (let i = 0; i < 60; i++) {
      entries.push({ name: `${i < 48 ? 'train' : 'test'}/${label}/${i}.png`, content: await patternImage(label, i) });
    }
  }
  return makeZip(entries);
}
