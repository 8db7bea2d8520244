import { ServiceSchema } from './data-source.factory';
import { CAMERA_ENTITIES } from './entities/camera.entities';
import { GATEWAY_ENTITIES } from './entities/gateway.entities';
import { HISTORY_ENTITIES } from './entities/history.entities';
import { TRAINING_ENTITIES } from './entities/training.entities';
import { CAMERA_MIGRATIONS } from './migrations/camera';
import { GATEWAY_MIGRATIONS } from './migrations/gateway';
import { HISTORY_MIGRATIONS } from './migrations/history';
import { TRAINING_MIGRATIONS } from './migrations/training';

export const HISTORY_SCHEMA: ServiceSchema = { service: 'history', entities: HISTORY_ENTITIES, migrations: HISTORY_MIGRATIONS };
export const CAMERA_SCHEMA: ServiceSchema = { service: 'camera', entities: CAMERA_ENTITIES, migrations: CAMERA_MIGRATIONS };
export const TRAINING_SCHEMA: ServiceSchema = { service: 'training', entities: TRAINING_ENTITIES, migrations: TRAINING_MIGRATIONS };
export const GATEWAY_SCHEMA: ServiceSchema = { service: 'gateway', entities: GATEWAY_ENTITIES, migrations: GATEWAY_MIGRATIONS };

/** Inference owns no tables of its own yet; it reads and writes through history and training. */
export const SERVICE_SCHEMAS: Record<string, ServiceSchema> = {
  history: HISTORY_SCHEMA,
  camera: CAMERA_SCHEMA,
  training: TRAINING_SCHEMA,
  gateway: GATEWAY_SCHEMA,
};
