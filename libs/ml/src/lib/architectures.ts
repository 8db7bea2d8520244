import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

export interface CnnOptions {
  width: number;
  height: number;
  channels: 1 | 3;
  classes: number;
  /** Adam's learning rate; 0.001 by default. */
  learningRate?: number;
}

/** Downsampling stops once the feature map is at most this wide, so big inputs do not blow up the dense layer. */
const MAX_FEATURE_SIDE = 8;

/**
 * A compact CNN for small images: blocks of one 3×3 conv and a 2×2 max pool (32, 64, then 128
 * filters) until the feature map is at most 8 px on its longer side, then dense 128, dropout and
 * softmax. At 28×28 this is conv32-pool-conv64-pool-dense128 (about 0.4 M parameters), which reaches
 * 99% on MNIST in a few epochs; one conv per block rather than two costs a quarter of the compute.
 */
export function buildCnn(options: CnnOptions): tfl.LayersModel {
  const { width, height, channels, classes } = options;
  if (classes < 2) {
    throw new Error(`a classifier needs at least 2 classes, got ${classes}`);
  }
  const model = tfl.sequential({ name: 'sightline_cnn' });
  let side = Math.max(width, height);
  let block = 0;
  do {
    model.add(
      tfl.layers.conv2d({
        ...(block === 0 ? { inputShape: [height, width, channels] } : {}),
        filters: Math.min(32 * 2 ** block, 128),
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: 'heNormal',
      }),
    );
    model.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
    side = Math.floor(side / 2);
    block++;
  } while (side > MAX_FEATURE_SIDE && side >= 4);
  model.add(tfl.layers.flatten());
  model.add(tfl.layers.dense({ units: 128, activation: 'relu', kernelInitializer: 'heNormal' }));
  model.add(tfl.layers.dropout({ rate: 0.3 }));
  model.add(tfl.layers.dense({ units: classes, activation: 'softmax' }));
  compileClassifier(model, options.learningRate ?? 0.001);
  return model;
}

/** Adam + categorical cross-entropy + accuracy: what `trainClassifier` expects. */
export function compileClassifier(model: tfl.LayersModel, learningRate: number): void {
  model.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
}
