import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { type ImageSpec, loadModel } from '@sightline/ml';
import { BlobStore, createBlobStore } from '@sightline/storage';
import type { LayersModel } from '@tensorflow/tfjs-layers';

interface StoredMetadata {
  labels?: string[];
  imageSize?: number;
  channels?: number;
}

/** The model files training wrote to the blob store (`models/<id>/model.json` and `weights.bin`). */
@Injectable()
export class ModelFilesRepository {
  private readonly store: BlobStore;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.store = createBlobStore(config.storageUrl, { s3Credentials: config.s3Credentials });
  }

  async load(version: TrainingV1.ModelVersion__Output): Promise<{ model: LayersModel; spec: ImageSpec; labels: string[] }> {
    let model: LayersModel;
    try {
      model = await loadModel({
        modelJson: await this.store.get(`models/${version.id}/model.json`),
        weights: await this.store.get(`models/${version.id}/weights.bin`),
      });
    } catch (error) {
      throw new DomainError(ErrorCode.Unavailable, `model version ${version.version} cannot be loaded: ${(error as Error).message}`);
    }
    const meta = (model.getUserDefinedMetadata() ?? {}) as StoredMetadata;
    const hyper = JSON.parse(version.hyperParametersJson || '{}') as StoredMetadata;
    const [, height, width, channels] = model.inputs[0].shape;
    const size = meta.imageSize ?? hyper.imageSize;
    const spec: ImageSpec = {
      width: width ?? size ?? 0,
      height: height ?? size ?? 0,
      channels: (channels ?? meta.channels ?? hyper.channels) === 1 ? 1 : 3,
    };
    return { model, spec, labels: meta.labels ?? version.labels };
  }
}
