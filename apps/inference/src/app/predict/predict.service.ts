import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type InferenceV1 } from '@sightline/contracts';
import { RegistryClientRepository } from './registry-client.repository';

@Injectable()
export class PredictService {
  constructor(private readonly registry: RegistryClientRepository) {}

  async predict(request: InferenceV1.PredictRequest__Output): Promise<InferenceV1.PredictResponse> {
    const project = await this.registry.getProject(request.projectId);
    const production = await this.registry.productionModel(project.id);
    if (!production.found || !production.model) {
      throw new DomainError(ErrorCode.Conflict, `project "${project.name}" has no production model yet: train one first`);
    }
    // Loading and serving TensorFlow.js models comes with the inference work (issue #5).
    throw new DomainError(ErrorCode.Unavailable, `model serving is not available in this version (production model v${production.model.version})`);
  }
}
