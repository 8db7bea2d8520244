import { splitDataset } from './training.worker';
import type { DatasetImage } from './training-protocol';

const image = (id: number, label: string, split = ''): DatasetImage => ({ imageId: `id-${id}`, label, split, sha256: `${id}`, ext: 'png' });

describe('splitDataset', () => {
  it('keeps the data set’s own test folder when it has one', () => {
    const images = [image(1, 'a', 'train'), image(2, 'a', 'test'), image(3, 'b'), image(4, 'b', 'test')];
    const { train, test } = splitDataset(images, 0.2, 42);
    expect(test.map((i) => i.imageId)).toEqual(['id-2', 'id-4']);
    expect(train.map((i) => i.imageId)).toEqual(['id-1', 'id-3']);
  });

  it('otherwise splits every label in proportion, the same way for the same seed', () => {
    const images = [...Array.from({ length: 50 }, (_, i) => image(i, 'a')), ...Array.from({ length: 10 }, (_, i) => image(100 + i, 'b'))];
    const first = splitDataset(images, 0.2, 42);
    expect(first.test.filter((i) => i.label === 'a')).toHaveLength(10);
    expect(first.test.filter((i) => i.label === 'b')).toHaveLength(2);
    expect(first.train).toHaveLength(48);
    expect(splitDataset([...images].reverse(), 0.2, 42).test.map((i) => i.imageId).sort()).toEqual(first.test.map((i) => i.imageId).sort());
    expect(splitDataset(images, 0.2, 7).test.map((i) => i.imageId).sort()).not.toEqual(first.test.map((i) => i.imageId).sort());
  });

  it('never puts the only image of a label in the test split', () => {
    const { train, test } = splitDataset([image(1, 'a'), image(2, 'b'), image(3, 'b')], 0.2, 1);
    expect(train.map((i) => i.label)).toContain('a');
    expect(test.every((i) => i.label === 'b')).toBe(true);
  });
});
