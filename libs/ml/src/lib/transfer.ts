import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileClassifier } from './architectures';
import { loadModel, WEIGHTS_FILE, type ModelFiles } from './serialization';

/** A backbone that cannot be fetched or is not a usable TensorFlow.js layers model. */
export class BackboneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackboneError';
  }
}

/** Reads one file next to model.json: over HTTP(S) for a URL, from disk for a path or file: URL. */
async function readRelative(source: string, name: string): Promise<Buffer> {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(name, source);
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    if (!response.ok) {
      throw new Error(`GET ${url.href} answered ${response.status}`);
    }
    return Buffer.from(await response.arrayBuffer());
  }
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const target = name === '' ? path : resolve(dirname(path), name);
  if (!isAbsolute(path)) {
    throw new Error(`a local backbone needs an absolute path, got ${source}`);
  }
  if (!target.startsWith(dirname(path))) {
    throw new Error(`weights path ${name} leaves the model's folder`);
  }
  return readFile(target);
}

/**
 * Fetches a TensorFlow.js layers model (model.json and the weight files its manifest names) from a
 * URL or a local path, as one model.json + one weights file — the form the blob store keeps.
 */
export async function fetchBackbone(source: string): Promise<ModelFiles> {
  try {
    const modelJson = JSON.parse((await readRelative(source, '')).toString('utf8')) as tf.io.ModelJSON;
    if (modelJson.format === 'graph-model' || !modelJson.modelTopology || !Array.isArray(modelJson.weightsManifest)) {
      throw new Error('not a TensorFlow.js layers model (model.json with modelTopology and weightsManifest)');
    }
    const parts: Buffer[] = [];
    const weights: tf.io.WeightsManifestEntry[] = [];
    for (const group of modelJson.weightsManifest) {
      for (const path of group.paths) {
        parts.push(await readRelative(source, path));
      }
      weights.push(...group.weights);
    }
    const merged: tf.io.ModelJSON = { ...modelJson, weightsManifest: [{ paths: [WEIGHTS_FILE], weights }] };
    return { modelJson: Buffer.from(JSON.stringify(merged)), weights: Buffer.concat(parts) };
  } catch (error) {
    throw new BackboneError(`cannot load the backbone from ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The new softmax layer a transfer model learns. */
const HEAD_LAYER = 'sightline_head';

export interface TransferModel {
  /** Image → class scores: backbone (frozen) + head; what is saved and served. */
  model: tfl.LayersModel;
  /** Image → features: the backbone cut before its own classifier. */
  features: tfl.LayersModel;
  /** Features → class scores: the only trainable part, sharing its layers with `model`. */
  head: tfl.LayersModel;
  /** [height, width, channels] the backbone expects. */
  inputShape: [number, number, number];
}

/** The backbone's output the features are taken from: the named layer's, else what its own softmax classifier (if any) reads. */
function featureOutput(backbone: tfl.LayersModel, featureLayer: string | undefined): tfl.SymbolicTensor {
  if (featureLayer !== undefined) {
    const layer = backbone.layers.find((l) => l.name === featureLayer);
    if (layer === undefined) {
      const spatial = backbone.layers.filter((l) => Array.isArray(l.outputShape) && l.outputShape.length === 4).slice(-3);
      throw new BackboneError(`the backbone has no layer named ${featureLayer} (its last feature maps: ${spatial.map((l) => l.name).join(', ')})`);
    }
    return layer.output as tfl.SymbolicTensor;
  }
  const last = backbone.layers[backbone.layers.length - 1];
  const isClassifier = (last.getConfig()['activation'] as string | undefined) === 'softmax';
  return (isClassifier ? last.input : backbone.outputs[0]) as tfl.SymbolicTensor;
}

/**
 * Builds a classifier on a pretrained backbone: the backbone's layers are frozen, its features are
 * taken from `featureLayer` (by default what its own softmax classifier reads, so that classifier is
 * cut off), a 4-D output is averaged to a vector, and a new dropout + softmax head is trained on those
 * features. The head's layers are shared by `head` (for training on precomputed features) and `model`
 * (for augmentation, evaluation and serving).
 */
export async function buildTransferModel(backboneFiles: ModelFiles, classes: number, learningRate: number, featureLayer?: string): Promise<TransferModel> {
  const backbone = await loadModel(backboneFiles);
  const shape = backbone.inputs[0].shape;
  if (shape.length !== 4 || shape.slice(1).some((d) => d === null)) {
    throw new BackboneError(`the backbone's input must be [batch, height, width, channels] with fixed sizes, got [${shape.join(', ')}]`);
  }
  let output = featureOutput(backbone, featureLayer);
  if (output.shape.length === 4) {
    output = tfl.layers.globalAveragePooling2d({}).apply(output) as tfl.SymbolicTensor;
  } else if (output.shape.length !== 2) {
    throw new BackboneError(`cannot take features from an output of shape [${output.shape.join(', ')}]`);
  }
  for (const layer of backbone.layers) {
    layer.trainable = false;
  }
  const features = tfl.model({ inputs: backbone.inputs, outputs: output, name: 'sightline_features' });
  const dropout = tfl.layers.dropout({ rate: 0.2 });
  const dense = tfl.layers.dense({ units: classes, activation: 'softmax', name: HEAD_LAYER });
  const headInput = tfl.input({ shape: [output.shape[1] as number] });
  const head = tfl.model({ inputs: headInput, outputs: dense.apply(dropout.apply(headInput)) as tfl.SymbolicTensor });
  compileClassifier(head, learningRate);
  const model = tfl.model({ inputs: backbone.inputs, outputs: dense.apply(dropout.apply(output)) as tfl.SymbolicTensor, name: 'sightline_transfer' });
  compileClassifier(model, learningRate);
  return { model, features, head, inputShape: shape.slice(1) as [number, number, number] };
}

/** Per-feature mean and standard deviation of row-major `[n, dim]` features. */
export interface FeatureScale {
  mean: Float32Array;
  std: Float32Array;
}

/**
 * Standardises features in place with the mean and deviation of the first set (the training
 * features) and returns them: a backbone's features differ in scale by orders of magnitude, and a
 * softmax head learns far better on standardised ones. `foldFeatureScale` moves the scaling into the
 * head afterwards, so the served model takes the backbone's features as they are.
 */
export function standardizeFeatures(dim: number, train: Float32Array, ...others: Float32Array[]): FeatureScale {
  const n = train.length / dim;
  const mean = new Float32Array(dim);
  const std = new Float32Array(dim);
  for (let i = 0; i < train.length; i++) {
    mean[i % dim] += train[i] / n;
  }
  for (let i = 0; i < train.length; i++) {
    std[i % dim] += (train[i] - mean[i % dim]) ** 2 / n;
  }
  for (let k = 0; k < dim; k++) {
    // A feature that never varies stays as it is (shifted to 0) rather than blowing up.
    std[k] = Math.sqrt(std[k]) || 1;
  }
  for (const set of [train, ...others]) {
    for (let i = 0; i < set.length; i++) {
      set[i] = (set[i] - mean[i % dim]) / std[i % dim];
    }
  }
  return { mean, std };
}

/**
 * Folds the standardisation into the head's dense layer: W·((x − mean) / std) + b equals
 * (W / std)·x + (b − W·(mean / std)), so afterwards the head (and the whole model sharing it) takes
 * unscaled features and answers as it did on scaled ones.
 */
export function foldFeatureScale(transfer: TransferModel, scale: FeatureScale): void {
  const dense = transfer.head.getLayer(HEAD_LAYER);
  const [kernel, bias] = dense.getWeights();
  const [dim, classes] = kernel.shape;
  const w = kernel.dataSync() as Float32Array;
  const b = Float32Array.from(bias.dataSync());
  const folded = new Float32Array(w.length);
  for (let i = 0; i < dim; i++) {
    for (let c = 0; c < classes; c++) {
      folded[i * classes + c] = w[i * classes + c] / scale.std[i];
      b[c] -= folded[i * classes + c] * scale.mean[i];
    }
  }
  const weights = [tf.tensor2d(folded, [dim, classes]), tf.tensor1d(b)];
  dense.setWeights(weights);
  tf.dispose(weights);
}
