import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn, UuidEntity } from './columns';

/** queued → running → succeeded | failed | cancelled */
@Entity('training_job')
@Index('ix_job_project_created', ['projectId', 'createdAt'])
@Index('ix_job_state', ['state'])
export class TrainingJobEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  /** manual | auto-retrain */
  @Column({ type: 'varchar', length: 16 })
  trigger!: string;

  @Column({ type: 'simple-json' })
  params!: Record<string, unknown>;

  @Column({ type: 'double', default: 0 })
  progress!: number;

  @Column({ type: 'int', nullable: true })
  epoch!: number | null;

  @Column({ type: 'double', nullable: true })
  loss!: number | null;

  @Column({ type: 'double', nullable: true })
  accuracy!: number | null;

  @Column({ name: 'val_accuracy', type: 'double', nullable: true })
  valAccuracy!: number | null;

  @Column({ name: 'eta_seconds', type: 'double', nullable: true })
  etaSeconds!: number | null;

  @Column({ name: 'model_id', type: 'varchar', length: 36, nullable: true })
  modelId!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  error!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 100, nullable: true })
  createdBy!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @TimestampColumn({ name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}

/**
 * Immutable once written. The data set snapshot (image ids, labels, split) and the
 * TensorFlow.js files live in the blob store under `storage_prefix`.
 */
@Entity('model_version')
@Index('uq_model_project_version', ['projectId', 'version'], { unique: true })
export class ModelVersionEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 64 })
  architecture!: string;

  @Column({ name: 'hyper_parameters', type: 'simple-json' })
  hyperParameters!: Record<string, unknown>;

  @Column({ type: 'simple-json' })
  labels!: string[];

  @Column({ type: 'simple-json' })
  metrics!: Record<string, unknown>;

  @Column({ name: 'job_id', type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  @Column({ name: 'storage_prefix', type: 'varchar', length: 300 })
  storagePrefix!: string;

  @Column({ name: 'dataset_size', type: 'int', default: 0 })
  datasetSize!: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** `production` / `candidate` per project. */
@Entity('model_alias')
export class ModelAliasEntity {
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  alias!: string;

  @Column({ name: 'model_id', type: 'varchar', length: 36 })
  modelId!: string;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

/** Every promotion and rollback: who, when, from which version to which, why. */
@Entity('model_alias_event')
@Index('ix_alias_event_project_created', ['projectId', 'createdAt'])
export class ModelAliasEventEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 32 })
  alias!: string;

  /** promote | rollback | auto-promote */
  @Column({ type: 'varchar', length: 16 })
  action!: string;

  @Column({ name: 'from_model_id', type: 'varchar', length: 36, nullable: true })
  fromModelId!: string | null;

  @Column({ name: 'to_model_id', type: 'varchar', length: 36 })
  toModelId!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actor!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

export const TRAINING_ENTITIES = [TrainingJobEntity, ModelVersionEntity, ModelAliasEntity, ModelAliasEventEntity];
