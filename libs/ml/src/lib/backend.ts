import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core's CommonJS bundle registers no gradients; tfjs-layers' bundle registers them all.
import '@tensorflow/tfjs-layers';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { registerWasmGradientKernels } from './wasm-gradients';

export type MlBackend = 'tensorflow' | 'wasm' | 'cpu';

export interface InitBackendOptions {
  log?: (message: string) => void;
}

const WASM_PACKAGE = '@tensorflow/tfjs-backend-wasm';
const TFJS_NODE_PACKAGE = '@tensorflow/tfjs-node';

let current: { preferred: MlBackend | undefined; backend: Promise<string> } | undefined;

/**
 * Selects the TensorFlow.js backend once per process: `tensorflow` when @tensorflow/tfjs-node is
 * installed, else `wasm` with the project's gradient kernels. Plain `cpu` is used only when asked for
 * explicitly (it is far too slow to train). Later calls return the same backend unless another one
 * is preferred.
 */
export function initBackend(preferred?: MlBackend, options: InitBackendOptions = {}): Promise<string> {
  if (current !== undefined && (preferred === undefined || preferred === current.preferred)) {
    return current.backend;
  }
  const log = options.log ?? ((message: string) => console.log(message));
  const backend = chooseBackend(preferred).then((name) => {
    log(`TensorFlow.js backend: ${name}`);
    return name;
  });
  current = { preferred, backend };
  // A failed attempt must not poison later calls.
  void backend.catch(() => {
    if (current?.backend === backend) {
      current = undefined;
    }
  });
  return backend;
}

/** The backend in use, or undefined before `initBackend` has finished. */
export function activeBackend(): string | undefined {
  return tf.getBackend() || undefined;
}

async function chooseBackend(preferred: MlBackend | undefined): Promise<string> {
  if (preferred === 'cpu') {
    await activate('cpu');
    return 'cpu';
  }
  if (preferred !== 'wasm' && loadTfjsNode()) {
    await activate('tensorflow');
    return 'tensorflow';
  }
  if (preferred === 'tensorflow') {
    throw new Error(`backend 'tensorflow' needs ${TFJS_NODE_PACKAGE}, which is not installed`);
  }
  setWasmPaths(wasmDirectory());
  registerWasmGradientKernels();
  await activate('wasm');
  return 'wasm';
}

async function activate(name: string): Promise<void> {
  const ok = await tf.setBackend(name);
  if (!ok || tf.getBackend() !== name) {
    throw new Error(`TensorFlow.js backend '${name}' failed to initialise`);
  }
  await tf.ready();
}

/**
 * Module resolution at run time: a bundler would rewrite a literal `require.resolve` into a module id,
 * so the requires are created from this file's location, falling back to the working directory.
 */
function runtimeRequires(): NodeJS.Require[] {
  const bases = [typeof __filename === 'string' ? __filename : undefined, join(process.cwd(), 'index.js')];
  return bases.filter((b): b is string => b !== undefined).map((b) => createRequire(b));
}

function loadTfjsNode(): boolean {
  for (const req of runtimeRequires()) {
    try {
      req(TFJS_NODE_PACKAGE);
      return true;
    } catch {
      // not installed where this require looks; try the next base
    }
  }
  return false;
}

/** The folder holding tfjs-backend-wasm's .wasm binaries, with a trailing slash as setWasmPaths wants. */
export function wasmDirectory(): string {
  for (const req of runtimeRequires()) {
    try {
      const dir = dirname(req.resolve(WASM_PACKAGE));
      if (existsSync(join(dir, 'tfjs-backend-wasm-simd.wasm'))) {
        return `${dir}/`;
      }
    } catch {
      // not resolvable from this base; try the next
    }
  }
  throw new Error(`cannot find the .wasm binaries of ${WASM_PACKAGE}`);
}
