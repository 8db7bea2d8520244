import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** A saved layers model as the two files TensorFlow.js writes: `model.json` and one weights file. */
export interface ModelFiles {
  modelJson: Buffer;
  weights: Buffer;
}

/** The weights file name referenced from model.json. */
export const WEIGHTS_FILE = 'weights.bin';

function toArrayBuffer(data: tf.io.WeightData | undefined): ArrayBuffer {
  if (data === undefined) {
    return new ArrayBuffer(0);
  }
  return Array.isArray(data) ? tf.io.concatenateArrayBuffers(data) : data;
}

/** Serialises a layers model (and optional metadata, e.g. class names) to in-memory files. */
export async function saveModel(model: tfl.LayersModel, metadata?: Record<string, unknown>): Promise<ModelFiles> {
  if (metadata !== undefined) {
    model.setUserDefinedMetadata(metadata);
  }
  let files: ModelFiles | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const modelJson: tf.io.ModelJSON = {
        modelTopology: artifacts.modelTopology ?? {},
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        trainingConfig: artifacts.trainingConfig,
        userDefinedMetadata: artifacts.userDefinedMetadata,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
      };
      const weights = Buffer.from(toArrayBuffer(artifacts.weightData));
      files = { modelJson: Buffer.from(JSON.stringify(modelJson)), weights };
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          modelTopologyBytes: files.modelJson.length,
          weightDataBytes: weights.length,
        },
      };
    }),
  );
  if (files === undefined) {
    throw new Error('model.save did not produce artifacts');
  }
  return files;
}

/** Loads a layers model back from the files `saveModel` produced. */
export async function loadModel(files: ModelFiles): Promise<tfl.LayersModel> {
  const modelJson = JSON.parse(files.modelJson.toString('utf8')) as tf.io.ModelJSON;
  const weights = files.weights.buffer.slice(
    files.weights.byteOffset,
    files.weights.byteOffset + files.weights.byteLength,
  ) as ArrayBuffer;
  const handler: tf.io.IOHandler = {
    load: () =>
      tf.io.getModelArtifactsForJSON(modelJson, (manifest) =>
        Promise.resolve([tf.io.getWeightSpecs(manifest), weights] as [tf.io.WeightsManifestEntry[], ArrayBuffer]),
      ),
  };
  return tfl.loadLayersModel(handler);
}
