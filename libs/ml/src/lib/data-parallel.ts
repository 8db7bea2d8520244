import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { parentPort, type Worker } from 'node:worker_threads';
import { initBackend } from './backend';
import type { BatchTrainer } from './train';

/**
 * Data-parallel training over worker threads: every batch is split into shares, each replica (the
 * calling thread and one worker per extra thread) computes the gradients of its share with the same
 * weights, and the calling thread averages them by share size and takes one optimizer step. The
 * result is the step `trainOnBatch` takes on the whole batch (up to float rounding and dropout's
 * random masks), computed on several cores: the wasm backend runs one thread per instance.
 *
 * Only for models whose training pass does not depend on the batch as a whole (no batch
 * normalisation in training mode): each share would otherwise see its own batch statistics.
 */

/** What a replica computes for its share of a batch. */
interface ShareGradients {
  /** One array per trainable weight, in the model's trainable-weight order. */
  grads: Float32Array[];
  shapes: number[][];
  loss: number;
  accuracy: number;
}

type ReplicaRequest =
  | { type: 'init'; topology: string }
  | { type: 'step'; weights: Float32Array[]; xs: Float32Array; xShape: number[]; ys: Float32Array; yShape: number[] };

type ReplicaReply = ({ type: 'gradients' } & ShareGradients) | { type: 'ready' } | { type: 'error'; message: string };

/**
 * An optimizer that keeps the gradients it is given instead of applying them: compiled into a model,
 * `trainOnBatch` then computes loss, metrics and gradients exactly as Keras training does and
 * changes no weight.
 */
class GradientCapture extends tf.Optimizer {
  static className = 'SightlineGradientCapture';
  captured: { names: string[]; grads: Float32Array[]; shapes: number[][] } | undefined;

  override applyGradients(variableGradients: Parameters<tf.Optimizer['applyGradients']>[0]): void {
    const named = Array.isArray(variableGradients)
      ? variableGradients
      : Object.entries(variableGradients).map(([name, tensor]) => ({ name, tensor }));
    // Copies: some backends hand out their own storage, and these arrays are transferred to another thread.
    this.captured = {
      names: named.map((g) => g.name),
      grads: named.map((g) => (g.tensor.dataSync() as Float32Array).slice()),
      shapes: named.map((g) => g.tensor.shape),
    };
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {};
  }
}

/** Loss, accuracy and gradients of one share, leaving the model's weights as they were. */
async function shareGradients(model: tfl.LayersModel, capture: GradientCapture, xs: tf.Tensor, ys: tf.Tensor): Promise<ShareGradients & { names: string[] }> {
  const [loss, accuracy] = (await model.trainOnBatch(xs, ys)) as number[];
  const captured = capture.captured;
  capture.captured = undefined;
  if (captured === undefined) {
    throw new Error('the model computed no gradients: compile it with loss and metrics before data-parallel training');
  }
  return { ...captured, loss, accuracy };
}

function compileForCapture(model: tfl.LayersModel, capture: GradientCapture): void {
  model.compile({ optimizer: capture, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
}

/** One extra thread computing gradients: requests go out one at a time, each answered in order. */
class Replica {
  private pending: { resolve: (reply: ReplicaReply) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: ReplicaReply) => this.settle((p) => p.resolve(reply)));
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a training thread exited (code ${code})`)));
  }

  request(message: ReplicaRequest, transfer: ArrayBuffer[] = []): Promise<ReplicaReply> {
    if (this.failure !== undefined) {
      return Promise.reject(this.failure);
    }
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message, transfer);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the training thread was closed');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settle((p) => p.reject(error));
  }

  private settle(action: (pending: NonNullable<Replica['pending']>) => void): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending !== undefined) {
      action(pending);
    }
  }
}

function replyOrThrow<T extends ReplicaReply['type']>(reply: ReplicaReply, type: T): Extract<ReplicaReply, { type: T }> {
  if (reply.type === 'error') {
    throw new Error(`training thread: ${reply.message}`);
  }
  if (reply.type !== type) {
    throw new Error(`training thread answered ${reply.type} where ${type} was expected`);
  }
  return reply as Extract<ReplicaReply, { type: T }>;
}

/** Rows [start, end) of a batch tensor as fresh arrays (transferable to a worker); its values are read once, at the first call. */
function rowsOf(tensor: tf.Tensor): (start: number, end: number) => Float32Array {
  let values: Float32Array | undefined;
  const perRow = tensor.size / Math.max(tensor.shape[0] ?? 0, 1);
  return (start, end) => {
    values ??= tensor.dataSync() as Float32Array;
    return values.slice(start * perRow, end * perRow);
  };
}

export class DataParallelTrainer implements BatchTrainer {
  private constructor(
    private readonly model: tfl.LayersModel,
    /** The model's own optimizer, which takes the averaged steps. */
    readonly optimizer: tf.Optimizer,
    private readonly capture: GradientCapture,
    private readonly replicas: Replica[],
  ) {}

  /**
   * Starts `threads - 1` replicas with `spawn` (a worker that calls `runGradientReplica`) for a
   * compiled model. Its optimizer takes the averaged steps; until `close` the model is compiled with
   * a gradient-capturing one, so call `trainOnBatch` here, not on the model.
   */
  static async start(model: tfl.LayersModel, threads: number, spawn: () => Worker): Promise<DataParallelTrainer> {
    const optimizer = model.optimizer;
    if (optimizer === undefined) {
      throw new Error('compile the model before data-parallel training');
    }
    const replicas = Array.from({ length: Math.max(0, threads - 1) }, () => new Replica(spawn()));
    try {
      const topology = model.toJSON(null, true) as string;
      await Promise.all(replicas.map(async (r) => replyOrThrow(await r.request({ type: 'init', topology }), 'ready')));
    } catch (error) {
      await Promise.all(replicas.map((r) => r.close()));
      throw error;
    }
    const capture = new GradientCapture();
    compileForCapture(model, capture);
    return new DataParallelTrainer(model, optimizer, capture, replicas);
  }

  get threads(): number {
    return this.replicas.length + 1;
  }

  /** One optimizer step on the whole batch; resolves to [loss, accuracy] averaged over its samples. */
  async trainOnBatch(xs: tf.Tensor, ys: tf.Tensor): Promise<number[]> {
    const size = xs.shape[0] ?? 0;
    const shares = Math.min(this.threads, size);
    const bounds = Array.from({ length: shares + 1 }, (_, i) => Math.round((i * size) / shares));
    const weights = shares > 1 ? this.model.getWeights().map((w) => w.dataSync() as Float32Array) : [];
    // Each replica gets its own copies (they are transferred, and some backends hand out their storage).
    // Replicas get shares 1.., this thread computes share 0 while they run.
    const [xRows, yRows] = [rowsOf(xs), rowsOf(ys)];
    const remote = this.replicas.slice(0, shares - 1).map((replica, i) => {
      const [start, end] = [bounds[i + 1], bounds[i + 2]];
      const message: ReplicaRequest = {
        type: 'step',
        weights: weights.map((w) => w.slice()),
        xs: xRows(start, end),
        xShape: [end - start, ...xs.shape.slice(1)],
        ys: yRows(start, end),
        yShape: [end - start, ...ys.shape.slice(1)],
      };
      const transfer = [...message.weights, message.xs, message.ys].map((a) => a.buffer as ArrayBuffer);
      return replica.request(message, transfer).then((reply) => replyOrThrow(reply, 'gradients'));
    });
    const remoteResults = Promise.all(remote);
    // Observed here so a replica failing while this thread computes is not an unhandled rejection.
    remoteResults.catch(() => undefined);
    const localXs = shares > 1 ? tf.slice(xs, 0, bounds[1]) : xs;
    const localYs = shares > 1 ? tf.slice(ys, 0, bounds[1]) : ys;
    let local: ShareGradients & { names: string[] };
    try {
      local = await shareGradients(this.model, this.capture, localXs, localYs);
    } finally {
      if (shares > 1) {
        tf.dispose([localXs, localYs]);
      }
    }
    const results = [local, ...(await remoteResults)];
    const sizes = results.map((_, i) => bounds[i + 1] - bounds[i]);
    const mean = local.grads.map((g, k) => {
      const sum = new Float32Array(g.length);
      results.forEach((r, i) => {
        const share = r.grads[k];
        const weight = sizes[i] / size;
        for (let j = 0; j < sum.length; j++) {
          sum[j] += share[j] * weight;
        }
      });
      return sum;
    });
    const named = local.names.map((name, k) => ({ name, tensor: tf.tensor(mean[k], local.shapes[k]) }));
    try {
      this.optimizer.applyGradients(named);
    } finally {
      tf.dispose(named.map((n) => n.tensor));
    }
    const weighted = (pick: (r: ShareGradients) => number) => results.reduce((s, r, i) => s + pick(r) * sizes[i], 0) / size;
    return [weighted((r) => r.loss), weighted((r) => r.accuracy)];
  }

  /** Stops the replicas and compiles the model with its own optimizer again. */
  async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.close()));
    this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  }
}

/**
 * The body of a replica thread: builds the model from the topology it is sent and answers each step
 * with the gradients of its share at the weights that came with it.
 */
export function runGradientReplica(): void {
  const port = parentPort;
  if (port === null) {
    throw new Error('runGradientReplica runs in a worker thread');
  }
  let model: tfl.LayersModel | undefined;
  const capture = new GradientCapture();
  const answer = async (request: ReplicaRequest): Promise<void> => {
    if (request.type === 'init') {
      await initBackend(undefined, { log: () => undefined });
      model = await tfl.models.modelFromJSON({ modelTopology: JSON.parse(request.topology) as Parameters<typeof tfl.models.modelFromJSON>[0]['modelTopology'] });
      compileForCapture(model, capture);
      port.postMessage({ type: 'ready' } satisfies ReplicaReply);
      return;
    }
    if (model === undefined) {
      throw new Error('step before init');
    }
    const current = model;
    const weights = current.getWeights().map((w, i) => tf.tensor(request.weights[i], w.shape));
    current.setWeights(weights);
    tf.dispose(weights);
    const xs = tf.tensor(request.xs, request.xShape);
    const ys = tf.tensor(request.ys, request.yShape);
    try {
      const { grads, shapes, loss, accuracy } = await shareGradients(current, capture, xs, ys);
      port.postMessage({ type: 'gradients', grads, shapes, loss, accuracy } satisfies ReplicaReply, grads.map((g) => g.buffer as ArrayBuffer));
    } finally {
      tf.dispose([xs, ys]);
    }
  };
  port.on('message', (request: ReplicaRequest) => {
    answer(request).catch((error: unknown) => {
      port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ReplicaReply);
    });
  });
}
