import * as tf from '@tensorflow/tfjs-core';
import { existsSync } from 'node:fs';
import { activeBackend, initBackend, wasmDirectory } from './backend';

describe('initBackend', () => {
  const quiet = { log: () => undefined };

  it('picks wasm when tfjs-node is absent, logs it once and is idempotent', async () => {
    const log = jest.fn();
    const first = initBackend(undefined, { log });
    expect(initBackend(undefined, { log })).toBe(first);
    expect(await first).toBe('wasm');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('TensorFlow.js backend: wasm');
    expect(activeBackend()).toBe('wasm');
  });

  it('installs the gradient kernels on the wasm backend', async () => {
    await initBackend(undefined, quiet);
    for (const kernel of [
      'Conv2DBackpropFilter',
      'Conv2DBackpropInput',
      'DepthwiseConv2dNativeBackpropFilter',
      'DepthwiseConv2dNativeBackpropInput',
    ]) {
      expect(tf.getKernel(kernel, 'wasm')).toBeDefined();
    }
  });

  it('says clearly when tfjs-node is asked for but missing', async () => {
    await expect(initBackend('tensorflow', quiet)).rejects.toThrow('@tensorflow/tfjs-node');
    expect(await initBackend(undefined, quiet)).toBe('wasm');
  });

  it('points at the wasm binaries shipped in the npm package', () => {
    const dir = wasmDirectory();
    expect(dir.endsWith('/')).toBe(true);
    expect(existsSync(`${dir}tfjs-backend-wasm-simd.wasm`)).toBe(true);
  });
});
