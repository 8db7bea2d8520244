import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type InferenceV1 } from '@sightline/contracts';
import { ProductionModelsService } from '../serving/production-models.service';
import { isUncertain, UNCERTAIN } from '../serving/thresholds';
import { PredictionWriterService } from './prediction-writer.service';
import { RegistryClientRepository } from './registry-client.repository';

@Injectable()
export class PredictService {
  constructor(
    private readonly production: ProductionModelsService,
    private readonly registry: RegistryClientRepository,
    private readonly writer: PredictionWriterService,
  ) {}

  /** One image (sent along or already stored) through the project's production model; the result is kept in history. */
  async predict(request: InferenceV1.PredictRequest__Output): Promise<InferenceV1.PredictResponse> {
    const started = performance.now();
    if (!request.projectId) {
      throw new DomainError(ErrorCode.InvalidArgument, 'project_id is required');
    }
    if (request.content.length === 0 && !request.imageId) {
      throw new DomainError(ErrorCode.InvalidArgument, 'send the image bytes (content) or the id of a stored image (image_id)');
    }
    const model = await this.production.resolve(request.projectId);
    const bytes = request.imageId ? await this.storedImage(request.projectId, request.imageId) : request.content;
    const result = await model.classify(bytes);
    const uncertain = isUncertain(result, await this.production.thresholdsOf(request.projectId));
    const latencyMs = performance.now() - started;
    const { imageId, predictionId } = await this.writer.record({
      projectId: request.projectId,
      imageId: request.imageId,
      content: request.imageId ? Buffer.alloc(0) : request.content,
      filename: request.filename,
      modelId: model.identity.id,
      modelVersion: model.identity.version,
      label: result.label,
      confidence: result.confidence,
      scores: result.scores,
      uncertain,
      latencyMs,
    });
    return { imageId, predictionId, ...result, label: uncertain ? UNCERTAIN : result.label, uncertain, modelVersion: String(model.identity.version), latencyMs };
  }

  private async storedImage(projectId: string, imageId: string): Promise<Buffer> {
    const image = await this.registry.getImage(imageId);
    if (image.projectId !== projectId) {
      throw new DomainError(ErrorCode.NotFound, `image ${imageId} not found in project ${projectId}`);
    }
    return this.registry.imageContent(imageId);
  }
}
