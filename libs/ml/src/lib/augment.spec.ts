import { augmentBatch, DEFAULT_AUGMENTATION, seededRandom, type Augmentation } from './augment';

const spec = { width: 8, height: 6, channels: 3 as const };
const NONE: Augmentation = { flip: false, shift: 0, rotationDegrees: 0, brightness: 0, contrast: 0 };

function gradientImages(count: number): Float32Array {
  const data = new Float32Array(count * 8 * 6 * 3);
  data.forEach((_, i) => (data[i] = ((i * 7) % 97) / 97));
  return data;
}

describe('augmentBatch', () => {
  it('leaves images unchanged when every change is zero', () => {
    const data = gradientImages(2);
    const copy = data.slice();
    augmentBatch(data, spec, NONE, seededRandom(1));
    copy.forEach((v, i) => expect(data[i]).toBeCloseTo(v, 6));
  });

  it('mirrors left-right when a flip is drawn', () => {
    const data = gradientImages(1);
    const copy = data.slice();
    // 0.25 < 0.5 draws the flip; every range is zero so nothing else moves.
    augmentBatch(data, spec, { ...NONE, flip: true }, () => 0.25);
    for (let y = 0; y < 6; y++) {
      for (let x = 0; x < 8; x++) {
        for (let c = 0; c < 3; c++) {
          expect(data[(y * 8 + x) * 3 + c]).toBeCloseTo(copy[(y * 8 + (7 - x)) * 3 + c], 6);
        }
      }
    }
  });

  it('shifts content by whole pixels when the draw asks for it', () => {
    const data = gradientImages(1);
    const copy = data.slice();
    // random() ≈ 1 gives the largest positive shift: 0.25 × 8 = 2 px right, 0.25 × 6 = 1.5 px down;
    // rows above the top edge repeat the first row.
    augmentBatch(data, spec, { ...NONE, shift: 0.25 }, () => 0.9999999);
    expect(data[(0 * 8 + 5) * 3]).toBeCloseTo(copy[(0 * 8 + 3) * 3], 4);
    expect(data[(5 * 8 + 7) * 3 + 1]).toBeCloseTo(copy[(3 * 8 + 5) * 3 + 1] * 0.5 + copy[(4 * 8 + 5) * 3 + 1] * 0.5, 5);
  });

  it('keeps values in [0, 1], changes them, and repeats with the same seed', () => {
    const a = gradientImages(4);
    const b = gradientImages(4);
    const original = a.slice();
    augmentBatch(a, spec, { ...DEFAULT_AUGMENTATION, brightness: 0.5, contrast: 0.5 }, seededRandom(9));
    augmentBatch(b, spec, { ...DEFAULT_AUGMENTATION, brightness: 0.5, contrast: 0.5 }, seededRandom(9));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(a.some((v, i) => Math.abs(v - original[i]) > 0.01)).toBe(true);
  });
});
