import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { TrainingV1 } from '@sightline/contracts';
import { ModelsService } from './models.service';

@Controller()
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  @GrpcMethod('Training', 'ListModels')
  async listModels(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ListModelsResponse> {
    return { models: await this.models.list(request.projectId) };
  }

  @GrpcMethod('Training', 'GetModel')
  getModel(request: TrainingV1.ModelIdRequest__Output): Promise<TrainingV1.ModelVersion> {
    return this.models.get(request.id);
  }

  @GrpcMethod('Training', 'GetProductionModel')
  getProductionModel(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ProductionModelResponse> {
    return this.models.production(request.projectId);
  }
}
