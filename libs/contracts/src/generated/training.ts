import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListModelsResponse as _sightline_training_v1_ListModelsResponse, ListModelsResponse__Output as _sightline_training_v1_ListModelsResponse__Output } from './sightline/training/v1/ListModelsResponse';
import type { ModelIdRequest as _sightline_training_v1_ModelIdRequest, ModelIdRequest__Output as _sightline_training_v1_ModelIdRequest__Output } from './sightline/training/v1/ModelIdRequest';
import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from './sightline/training/v1/ModelVersion';
import type { ProductionModelResponse as _sightline_training_v1_ProductionModelResponse, ProductionModelResponse__Output as _sightline_training_v1_ProductionModelResponse__Output } from './sightline/training/v1/ProductionModelResponse';
import type { ProjectIdRequest as _sightline_training_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_training_v1_ProjectIdRequest__Output } from './sightline/training/v1/ProjectIdRequest';
import type { TrainingClient as _sightline_training_v1_TrainingClient, TrainingDefinition as _sightline_training_v1_TrainingDefinition } from './sightline/training/v1/Training';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sightline: {
    training: {
      v1: {
        ListModelsResponse: MessageTypeDefinition<_sightline_training_v1_ListModelsResponse, _sightline_training_v1_ListModelsResponse__Output>
        ModelIdRequest: MessageTypeDefinition<_sightline_training_v1_ModelIdRequest, _sightline_training_v1_ModelIdRequest__Output>
        ModelVersion: MessageTypeDefinition<_sightline_training_v1_ModelVersion, _sightline_training_v1_ModelVersion__Output>
        ProductionModelResponse: MessageTypeDefinition<_sightline_training_v1_ProductionModelResponse, _sightline_training_v1_ProductionModelResponse__Output>
        ProjectIdRequest: MessageTypeDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ProjectIdRequest__Output>
        Training: SubtypeConstructor<typeof grpc.Client, _sightline_training_v1_TrainingClient> & { service: _sightline_training_v1_TrainingDefinition }
      }
    }
  }
}

