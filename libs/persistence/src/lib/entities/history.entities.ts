import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn, UuidEntity } from './columns';

@Entity('project')
export class ProjectEntity extends UuidEntity {
  @Index('uq_project_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'simple-json' })
  labels!: string[];

  /** A prediction whose confidence is below this is `uncertain` (goes to review); 0 turns it off. */
  @Column({ name: 'confidence_threshold', type: 'double', default: 0 })
  confidenceThreshold!: number;

  /** Per-class thresholds that replace the project's for a predicted label. */
  @Column({ name: 'class_thresholds', type: 'simple-json', nullable: true })
  classThresholds!: Record<string, number> | null;

  /** New labels that start a retraining; null: the AUTO_RETRAIN_LABELS setting, 0: never. */
  @Column({ name: 'auto_retrain_labels', type: 'int', nullable: true })
  autoRetrainLabels!: number | null;

  /** Unlabeled, unreviewed images older than this many days are deleted; null keeps them. */
  @Column({ name: 'retention_days', type: 'int', nullable: true })
  retentionDays!: number | null;

  /** Past this many GB of images, the oldest unlabeled, unreviewed ones are deleted; null: no limit. */
  @Column({ name: 'retention_gb', type: 'double', nullable: true })
  retentionGb!: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

/** One row per (project, sha256): the same bytes twice are one image. `label` mirrors the newest image_label row. */
@Entity('image')
@Index('uq_image_project_sha', ['projectId', 'sha256'], { unique: true })
@Index('ix_image_project_created', ['projectId', 'createdAt'])
@Index('ix_image_project_label', ['projectId', 'label'])
export class ImageEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** upload | import | camera | webcam */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Column({ name: 'source_id', type: 'varchar', length: 36, nullable: true })
  sourceId!: string | null;

  @TimestampColumn({ name: 'captured_at' })
  capturedAt!: Date;

  @Column({ type: 'int' })
  width!: number;

  @Column({ type: 'int' })
  height!: number;

  @Column({ type: 'varchar', length: 32 })
  mime!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 16 })
  ext!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label!: string | null;

  /** `train` or `test` when an imported data set said so; otherwise training splits by itself. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  split!: string | null;

  @TimestampColumn({ name: 'labeled_at', nullable: true })
  labeledAt!: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

@Entity('image_label')
@Index('ix_label_image_created', ['imageId', 'createdAt'])
@Index('ix_label_project_created', ['projectId', 'createdAt'])
export class LabelEntity extends UuidEntity {
  @Column({ name: 'image_id', type: 'varchar', length: 36 })
  imageId!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  /** upload | import | review | feedback */
  @Column({ type: 'varchar', length: 16 })
  origin!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  author!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** Never overwritten: a new model version adds rows. */
@Entity('prediction')
@Index('ix_prediction_image', ['imageId'])
@Index('ix_prediction_project_created', ['projectId', 'createdAt'])
@Index('ix_prediction_project_model', ['projectId', 'modelId'])
@Index('ix_prediction_review_queue', ['projectId', 'modelId', 'reviewed', 'imageLabel', 'reviewPriority'])
@Index('ix_prediction_review_sample', ['projectId', 'modelId', 'reviewed', 'imageLabel', 'id'])
@Index('ix_prediction_project_label', ['projectId', 'label', 'createdAt', 'id', 'confidence'])
// A confidence range within a predicted label: the rows in range, sorted, instead of every row of the label read
// newest first until a page is full (MariaDB picks between the two by the range's size).
@Index('ix_prediction_project_label_confidence', ['projectId', 'label', 'confidence', 'createdAt', 'id'])
@Index('ix_prediction_project_image_label', ['projectId', 'imageLabel', 'createdAt', 'id'])
export class PredictionEntity extends UuidEntity {
  @Column({ name: 'image_id', type: 'varchar', length: 36 })
  imageId!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ name: 'model_id', type: 'varchar', length: 36 })
  modelId!: string;

  @Column({ name: 'model_version', type: 'int' })
  modelVersion!: number;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  /**
   * The image's current label (a copy of `image.label`, kept in step by every write that labels an image), so
   * the review queue and the history list filter by it with an index instead of a join.
   */
  @Column({ name: 'image_label', type: 'varchar', length: 100, nullable: true })
  imageLabel!: string | null;

  @Column({ type: 'double' })
  confidence!: number;

  @Column({ type: 'simple-json' })
  scores!: Record<string, number>;

  /** The confidence was below the project's threshold: `label` is the model's best guess, for review. */
  @Column({ type: 'boolean', default: false })
  uncertain!: boolean;

  @Column({ name: 'latency_ms', type: 'double' })
  latencyMs!: number;

  /** Top score minus the second: how sure the model was. */
  @Column({ type: 'double', default: 1 })
  margin!: number;

  /**
   * The review queue's order in one indexed column: `margin` for an uncertain prediction, `1 + margin`
   * otherwise, so uncertain ones come first and within each group the least sure. Rows older than the
   * column have 2 (last).
   */
  @Column({ name: 'review_priority', type: 'double', default: 2 })
  reviewPriority!: number;

  /** A person confirmed or corrected it (the newest feedback decides `reviewCorrect`). */
  @Column({ type: 'boolean', default: false })
  reviewed!: boolean;

  @Column({ name: 'review_correct', type: 'boolean', nullable: true })
  reviewCorrect!: boolean | null;

  @TimestampColumn({ name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

@Entity('prediction_feedback')
@Index('ix_feedback_prediction', ['predictionId'])
export class FeedbackEntity extends UuidEntity {
  @Column({ name: 'prediction_id', type: 'varchar', length: 36 })
  predictionId!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'boolean' })
  correct!: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  author!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** A claim on an image by an inference replica for one model version; expired claims may be taken over. */
@Entity('prediction_lease')
@Index('ix_lease_claimed_until', ['claimedUntil'])
export class PredictionLeaseEntity {
  @PrimaryColumn({ name: 'image_id', type: 'varchar', length: 36 })
  imageId!: string;

  @PrimaryColumn({ name: 'model_id', type: 'varchar', length: 36 })
  modelId!: string;

  @Column({ name: 'claimed_by', type: 'varchar', length: 100 })
  claimedBy!: string;

  @TimestampColumn({ name: 'claimed_until' })
  claimedUntil!: Date;
}

/**
 * One run of an inference replica's scheduled "predict everything unpredicted" job for one project:
 * running → succeeded | failed. `heartbeat_at` moves after every batch; a running job whose heartbeat
 * stopped (its replica died) is failed by the next reader.
 */
@Entity('prediction_job')
@Index('ix_prediction_job_project_created', ['projectId', 'createdAt'])
export class PredictionJobEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ name: 'model_id', type: 'varchar', length: 36 })
  modelId!: string;

  @Column({ name: 'model_version', type: 'int' })
  modelVersion!: number;

  /** scheduled */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  /** The replica that ran it. */
  @Column({ type: 'varchar', length: 100 })
  replica!: string;

  @Column({ type: 'int', default: 0 })
  claimed!: number;

  @Column({ type: 'int', default: 0 })
  predicted!: number;

  @Column({ type: 'int', default: 0 })
  failed!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  error!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'heartbeat_at' })
  heartbeatAt!: Date;

  @TimestampColumn({ name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}

/** A zip in image-folder layout being imported: queued → running → succeeded | failed. */
@Entity('import_job')
@Index('ix_import_project_created', ['projectId', 'createdAt'])
export class ImportJobEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'varchar', length: 300 })
  filename!: string;

  @Column({ type: 'int', default: 0 })
  total!: number;

  @Column({ type: 'int', default: 0 })
  imported!: number;

  @Column({ type: 'int', default: 0 })
  duplicates!: number;

  @Column({ type: 'int', default: 0 })
  skipped!: number;

  /** Per-file problems, at most the first 1,000. */
  @Column({ type: 'simple-json' })
  errors!: Array<{ file: string; reason: string }>;

  @Column({ name: 'labels_added', type: 'simple-json' })
  labelsAdded!: string[];

  /** Why the whole import failed, when it did. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  error!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  author!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}

/** A project's subscription: signed JSON POSTs to `url` for the events it lists. */
@Entity('webhook')
@Index('ix_webhook_project', ['projectId'])
export class WebhookEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** HMAC-SHA256 key of the `X-Sightline-Signature` header. */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  /** prediction.uncertain, prediction.label:<name>, model.trained, model.promoted, camera.failing */
  @Column({ type: 'simple-json' })
  events!: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  author!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** One event for one webhook: pending (retried with backoff) → succeeded | failed. */
@Entity('webhook_delivery')
@Index('ix_delivery_due', ['state', 'nextAttemptAt'])
@Index('ix_delivery_webhook_created', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity extends UuidEntity {
  @Column({ name: 'webhook_id', type: 'varchar', length: 36 })
  webhookId!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 120 })
  event!: string;

  /** The JSON body, exactly as signed and sent. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @TimestampColumn({ name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_status', type: 'int', nullable: true })
  lastStatus!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;
}

/**
 * A webhook's quiet time for one subject (e.g. `camera:<id>` for camera.failing), shared by every history replica:
 * the replica whose token the row holds after `quiet_until` passed sends the next event.
 */
@Entity('webhook_cooldown')
@Index('ix_cooldown_project', ['projectId'])
export class WebhookCooldownEntity {
  @PrimaryColumn({ name: 'webhook_id', type: 'varchar', length: 36 })
  webhookId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  subject!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 36 })
  token!: string;

  @TimestampColumn({ name: 'quiet_until' })
  quietUntil!: Date;
}

export const HISTORY_ENTITIES = [
  ProjectEntity,
  ImageEntity,
  LabelEntity,
  PredictionEntity,
  FeedbackEntity,
  PredictionLeaseEntity,
  ImportJobEntity,
  PredictionJobEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  WebhookCooldownEntity,
];
