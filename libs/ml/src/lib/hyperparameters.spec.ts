import { defaultHyperParameters } from './hyperparameters';

describe('defaultHyperParameters', () => {
  it('keeps small sources at their size and trains big sets in few epochs', () => {
    const mnist = defaultHyperParameters({ trainCount: 54_000, sourceSide: 28, channels: 1 });
    expect(mnist).toMatchObject({ imageSize: 28, batchSize: 64, epochs: 4, augment: false, flip: false, patience: 3, averageDecay: 0.998 });
  });

  it('shrinks large photos to 64 px and augments small sets, mirroring colour images only', () => {
    const photos = defaultHyperParameters({ trainCount: 800, sourceSide: 256, channels: 3 });
    expect(photos).toMatchObject({ imageSize: 64, batchSize: 32, epochs: 40, augment: true, flip: true });
    expect(defaultHyperParameters({ trainCount: 800, sourceSide: 200, channels: 1 }).flip).toBe(false);
  });

  it('gives more epochs to less data, within bounds', () => {
    const epochs = [100, 3_000, 10_000, 50_000, 1_000_000].map((n) => defaultHyperParameters({ trainCount: n, sourceSide: 64, channels: 3 }).epochs);
    expect(epochs).toEqual([...epochs].sort((a, b) => b - a));
    expect(Math.max(...epochs)).toBe(40);
    expect(Math.min(...epochs)).toBe(3);
  });
});
