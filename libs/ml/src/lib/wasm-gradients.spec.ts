import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from './augment';
import { initBackend } from './backend';

type Pad = 'same' | 'valid';

interface Case {
  batch: number;
  size: [number, number];
  inChannels: number;
  outChannels: number;
  filter: [number, number];
  stride: number;
  pad: Pad;
}

const seeded = seededRandom;

function randomCases(seed: number, count: number, maxOutChannels: number): Case[] {
  const rand = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    // Cycle through every stride × padding combination, the rest is random.
    const stride = i % 2 === 0 ? 1 : 2;
    const pad: Pad = i % 4 < 2 ? 'same' : 'valid';
    const fh = int(1, 5);
    const fw = int(1, 5);
    cases.push({
      batch: int(1, 4),
      size: [int(Math.max(fh, 3), 13), int(Math.max(fw, 3), 13)],
      inChannels: int(1, 6),
      outChannels: int(1, maxOutChannels),
      filter: [fh, fw],
      stride,
      pad,
    });
  }
  return cases;
}

function tensorFrom(rand: () => number, shape: number[]): tf.Tensor {
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1)).map(() => rand() * 2 - 1);
  return tf.tensor(values, shape);
}

async function onBackend(name: string, compute: () => tf.Tensor): Promise<Float32Array> {
  await tf.setBackend(name);
  const out = compute();
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

/** Max abs difference relative to the reference's largest magnitude. */
function relativeError(actual: Float32Array, expected: Float32Array): number {
  expect(actual.length).toBe(expected.length);
  let maxDiff = 0;
  let maxRef = 0;
  for (let i = 0; i < expected.length; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(actual[i] - expected[i]));
    maxRef = Math.max(maxRef, Math.abs(expected[i]));
  }
  return maxDiff / Math.max(maxRef, 1e-6);
}

async function compareWithCpu(compute: () => tf.Tensor): Promise<number> {
  const expected = await onBackend('cpu', compute);
  const actual = await onBackend('wasm', compute);
  return relativeError(actual, expected);
}

const TOLERANCE = 1e-3;

/** tfjs-core exports no op for this kernel, so it is run directly. */
function conv2dBackpropFilter(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  filterShape: number[],
  strides: number,
  pad: Pad | typeof PAD,
): tf.Tensor {
  return tf.engine().runKernel(tf.Conv2DBackpropFilter, { x, dy }, { strides, pad, dataFormat: 'NHWC', filterShape });
}

describe('wasm gradient kernels match the cpu backend', () => {
  beforeAll(async () => {
    // Silences the cpu backend's "install tfjs-node" banner; cpu is only the reference here.
    tf.env().set('IS_TEST', true);
    await initBackend('wasm', { log: () => undefined });
  });

  afterAll(async () => {
    await tf.setBackend('wasm');
  });

  const describeCase = (c: Case) =>
    `batch ${c.batch}, ${c.size.join('x')}x${c.inChannels} -> ${c.outChannels}, filter ${c.filter.join('x')}, stride ${c.stride}, ${c.pad}`;

  describe.each(randomCases(7, 10, 6).map((c) => [describeCase(c), c] as const))('conv2d %s', (_name, c) => {
    const fixture = () => {
      const rand = seeded(c.batch * 1000 + c.inChannels * 10 + c.stride);
      const x = tensorFrom(rand, [c.batch, ...c.size, c.inChannels]) as tf.Tensor4D;
      const filter = tensorFrom(rand, [...c.filter, c.inChannels, c.outChannels]) as tf.Tensor4D;
      const dy = tensorFrom(rand, tf.conv2d(x, filter, c.stride, c.pad).shape) as tf.Tensor4D;
      return { x, filter, dy };
    };

    it('Conv2DBackpropFilter', async () => {
      const { x, filter, dy } = fixture();
      const err = await compareWithCpu(() => conv2dBackpropFilter(x, dy, filter.shape, c.stride, c.pad));
      expect(err).toBeLessThan(TOLERANCE);
    });

    it('Conv2DBackpropInput', async () => {
      const { x, filter, dy } = fixture();
      const err = await compareWithCpu(() => tf.conv2dTranspose(dy, filter, x.shape, c.stride, c.pad));
      expect(err).toBeLessThan(TOLERANCE);
    });

    it('tf.grads of a conv2d loss', async () => {
      const { x, filter, dy } = fixture();
      const loss = (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad), dy));
      expect(await compareWithCpu(() => tf.grads(loss)([x, filter])[0])).toBeLessThan(TOLERANCE);
      expect(await compareWithCpu(() => tf.grads(loss)([x, filter])[1])).toBeLessThan(TOLERANCE);
    });
  });

  describe.each(randomCases(11, 10, 3).map((c) => [describeCase(c), c] as const))('depthwiseConv2d %s', (_name, c) => {
    // outChannels plays the channel multiplier here.
    const gradient = (input: 0 | 1) => () => {
      const rand = seeded(c.batch * 1000 + c.inChannels * 10 + c.stride + 1);
      const x = tensorFrom(rand, [c.batch, ...c.size, c.inChannels]) as tf.Tensor4D;
      const filter = tensorFrom(rand, [...c.filter, c.inChannels, c.outChannels]) as tf.Tensor4D;
      const dy = tensorFrom(rand, tf.depthwiseConv2d(x, filter, c.stride, c.pad).shape);
      const loss = (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad), dy));
      return tf.grads(loss)([x, filter])[input];
    };

    it('DepthwiseConv2dNativeBackpropInput', async () => {
      expect(await compareWithCpu(gradient(0))).toBeLessThan(TOLERANCE);
    });

    it('DepthwiseConv2dNativeBackpropFilter', async () => {
      expect(await compareWithCpu(gradient(1))).toBeLessThan(TOLERANCE);
    });
  });

  describe.each([
    ['2x2 stride 2 valid', [3, 9, 8, 5], 2, 2, 'valid'],
    ['3x3 stride 2 same', [2, 11, 7, 4], 3, 2, 'same'],
    ['3x3 stride 1 same (overlapping windows)', [2, 6, 6, 3], 3, 1, 'same'],
    ['2x3 stride 1 valid', [1, 5, 9, 2], [2, 3], 1, 'valid'],
  ] as const)('MaxPoolGrad %s', (_name, shape, filter, stride, pad) => {
    it('matches cpu on random inputs', async () => {
      const err = await compareWithCpu(() => {
        const rand = seeded(shape[1] * 31 + shape[3]);
        const x = tensorFrom(rand, [...shape]) as tf.Tensor4D;
        const dy = tensorFrom(rand, tf.maxPool(x, filter as [number, number], stride, pad).shape);
        return tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(a as tf.Tensor4D, filter as [number, number], stride, pad), dy)))(x);
      });
      expect(err).toBeLessThan(1e-6);
    });
  });

  it('MaxPoolGrad sends ties to the first maximum, as cpu does', async () => {
    const err = await compareWithCpu(() => {
      const x = tf.zeros([1, 4, 4, 2]) as tf.Tensor4D;
      return tf.grad((a: tf.Tensor) => tf.sum(tf.maxPool(a as tf.Tensor4D, 2, 2, 'valid')))(x);
    });
    expect(err).toBe(0);
  });

  describe.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('BatchMatMul transposeA=%s transposeB=%s', (transposeA, transposeB) => {
    it('matches cpu, batched and not', async () => {
      for (const batch of [[], [3]]) {
        const err = await compareWithCpu(() => {
          const rand = seeded(batch.length * 7 + (transposeA ? 2 : 0) + (transposeB ? 1 : 0));
          const a = tensorFrom(rand, [...batch, ...(transposeA ? [5, 4] : [4, 5])]);
          const b = tensorFrom(rand, [...batch, ...(transposeB ? [6, 5] : [5, 6])]);
          return tf.matMul(a, b, transposeA, transposeB);
        });
        expect(err).toBeLessThan(1e-5);
      }
    });
  });

  it('frees every intermediate inside the wasm backend', async () => {
    await tf.setBackend('wasm');
    const wasm = tf.backend() as unknown as { numDataIds(): number };
    const rand = seeded(5);
    const x = tensorFrom(rand, [2, 8, 8, 3]) as tf.Tensor4D;
    const filter = tensorFrom(rand, [3, 3, 3, 2]) as tf.Tensor4D;
    const before = wasm.numDataIds();
    const grads = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.add(
        tf.add(
          tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, 'same')),
          tf.sum(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, 'valid')),
        ),
        tf.add(tf.sum(tf.maxPool(a as tf.Tensor4D, 2, 2, 'same')), tf.sum(tf.matMul(tf.reshape(a, [2, 192]), tf.reshape(a, [2, 192]), false, true))),
      ),
    )([x, filter]);
    tf.dispose(grads);
    expect(wasm.numDataIds()).toBe(before);
    tf.dispose([x, filter]);
  });

  it('handles explicit padding', async () => {
    const fixture = () => {
      const rand = seeded(3);
      const x = tensorFrom(rand, [2, 9, 7, 3]) as tf.Tensor4D;
      const filter = tensorFrom(rand, [3, 2, 3, 4]) as tf.Tensor4D;
      const dy = tensorFrom(rand, tf.conv2d(x, filter, 2, PAD).shape) as tf.Tensor4D;
      return { x, filter, dy };
    };
    const filterErr = await compareWithCpu(() => {
      const { x, filter, dy } = fixture();
      return conv2dBackpropFilter(x, dy, filter.shape, 2, PAD);
    });
    const inputErr = await compareWithCpu(() => {
      const { x, filter, dy } = fixture();
      return tf.conv2dTranspose(dy, filter, x.shape, 2, PAD);
    });
    expect(filterErr).toBeLessThan(TOLERANCE);
    expect(inputErr).toBeLessThan(TOLERANCE);
  });
});

const PAD: [[number, number], [number, number], [number, number], [number, number]] = [
  [0, 0],
  [2, 0],
  [1, 3],
  [0, 0],
];
