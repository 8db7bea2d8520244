import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

/**
 * A gRPC target: `host:port`, `dns:///host:port` (every address the name resolves to) or
 * `ipv4:host:port,host:port,…` (a fixed list); clients spread calls over all of them (round robin).
 */
const grpcTarget = /^([^\s:,/]+:\d{1,5}|dns:(\/\/[^\s/]*\/)?[^\s:,/]+:\d{1,5}|ipv4:[^\s:,/]+:\d{1,5}(,[^\s:,/]+:\d{1,5})*)$/;
const grpcTargetMessage = 'must be host:port, dns:///host:port or ipv4:host:port,host:port';

/**
 * Every environment variable Sightline reads. `README.md`'s configuration table lists
 * exactly these names (a test compares them), with the defaults given here.
 */
export class EnvSchema {
  /** Gateway HTTP port. */
  @IsInt() @Min(1) @Max(65535)
  PORT = 3000;

  /** Address the gateway and the gRPC services bind to. */
  @IsString() @MinLength(1)
  BIND_HOST = '127.0.0.1';

  /** Root folder for the embedded database, blobs and generated secrets. */
  @IsString() @MinLength(1)
  DATA_DIR = './data';

  /** `sqlite:<path>` (default `sqlite:<DATA_DIR>/sightline.db`) or `mysql://user:pass@host:3306/db`. */
  @IsOptional() @Matches(/^(sqlite:.+|mysql:\/\/.+)$/, { message: 'must be sqlite:<path> or mysql://user:pass@host:port/db' })
  DATABASE_URL?: string;

  /** How long an SQLite write waits for another process's lock before the request fails with 503; keep it below GRPC_DEADLINE_MS. */
  @IsInt() @Min(100) @Max(600000)
  DATABASE_BUSY_TIMEOUT_MS = 8000;

  /** `file:<path>` (default `file:<DATA_DIR>/blobs`) or `s3://bucket[/prefix][?endpoint=http://host:9000][&region=us-east-1]`. */
  @IsOptional() @Matches(/^(file:.+|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^?#]*)?(\?[^#]*)?)$/, { message: 'must be file:<path> or s3://bucket[/prefix][?endpoint=http://host:port][&region=…]' })
  STORAGE_URL?: string;

  /** Access key of the S3 store; required with an `s3://` STORAGE_URL. */
  @ValidateIf((env: EnvSchema) => env.STORAGE_URL?.startsWith('s3:') === true || env.S3_ACCESS_KEY_ID !== undefined)
  @IsString() @MinLength(1, { message: 'must be set when STORAGE_URL is s3://…' })
  S3_ACCESS_KEY_ID?: string;

  /** Secret key of the S3 store; required with an `s3://` STORAGE_URL. */
  @ValidateIf((env: EnvSchema) => env.STORAGE_URL?.startsWith('s3:') === true || env.S3_SECRET_ACCESS_KEY !== undefined)
  @IsString() @MinLength(1, { message: 'must be set when STORAGE_URL is s3://…' })
  S3_SECRET_ACCESS_KEY?: string;

  @Matches(grpcTarget, { message: grpcTargetMessage })
  CAMERA_GRPC_URL = '127.0.0.1:50051';

  @Matches(grpcTarget, { message: grpcTargetMessage })
  INFERENCE_GRPC_URL = '127.0.0.1:50052';

  @Matches(grpcTarget, { message: grpcTargetMessage })
  TRAINING_GRPC_URL = '127.0.0.1:50053';

  @Matches(grpcTarget, { message: grpcTargetMessage })
  HISTORY_GRPC_URL = '127.0.0.1:50054';

  /** Deadline of every gateway → service call, in milliseconds. */
  @IsInt() @Min(100) @Max(600000)
  GRPC_DEADLINE_MS = 10000;

  /** Password of the `admin` account created on first start; generated and written to `<DATA_DIR>/admin-password` when unset. */
  @IsOptional() @IsString() @MinLength(8)
  ADMIN_PASSWORD?: string;

  /** Secret that signs access tokens; generated and kept in `<DATA_DIR>/jwt-secret` when unset. */
  @IsOptional() @IsString() @MinLength(32)
  JWT_SECRET?: string;

  /** Lifetime of an access token, in seconds. */
  @IsInt() @Min(60)
  JWT_TTL_SECONDS = 28800;

  /** Failed-or-not login attempts allowed per client address per minute. */
  @IsInt() @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** API requests the gateway works on at once; past it a request is refused with 429 and Retry-After (health and metrics excepted). */
  @IsInt() @Min(1)
  GATEWAY_MAX_IN_FLIGHT = 512;

  /** Largest accepted image file, in bytes. */
  @IsInt() @Min(1024)
  MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  /** Largest accepted image, in pixels (width × height). */
  @IsInt() @Min(1)
  MAX_IMAGE_PIXELS = 50_000_000;

  /** Free bytes the blob store's disk must keep; an upload that would go below it is refused with 507. */
  @IsInt() @Min(0)
  STORAGE_MIN_FREE_BYTES = 64 * 1024 * 1024;

  /** Largest accepted zip for an import, in bytes. */
  @IsInt() @Min(1024)
  MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

  /** Pretrained backbone for architecture `transfer`: URL or absolute path of a TensorFlow.js layers model.json. */
  @IsOptional() @IsString() @MinLength(1)
  BACKBONE_URL?: string;

  /** The backbone layer whose output is the features (e.g. MobileNet's last feature map); by default what its softmax reads. */
  @IsOptional() @IsString() @MinLength(1)
  BACKBONE_FEATURES?: string;

  /** Decoded training images kept in memory, in MB; a larger data set is decoded batch by batch instead. */
  @IsInt() @Min(0)
  TRAINING_CACHE_MB = 1024;

  /** Threads one CNN training job spreads each batch over (data-parallel); 0: one per CPU core, at most 4. */
  @IsInt() @Min(0) @Max(64)
  TRAINING_THREADS = 0;

  /** Comma-separated origins allowed by CORS; empty keeps CORS closed. */
  @IsString()
  CORS_ORIGINS = '';

  /** Largest batch the inference batcher hands to one `predict` call; 1 turns batching off. */
  @IsInt() @Min(1) @Max(1024)
  PREDICT_MAX_BATCH_SIZE = 32;

  /** How long the oldest queued request may wait for others before its batch runs, in milliseconds. */
  @IsInt() @Min(0) @Max(1000)
  PREDICT_MAX_QUEUE_DELAY_MS = 2;

  /** Requests one model's queue holds; past it a prediction is refused with 429 / RESOURCE_EXHAUSTED. */
  @IsInt() @Min(1)
  PREDICT_MAX_QUEUE_SIZE = 512;

  /** Seconds between runs of the scheduled job that predicts every image without a production prediction. */
  @IsInt() @Min(1) @Max(86400)
  PREDICT_INTERVAL = 60;

  /** Seconds an inference replica's claim on an unpredicted image lasts; a dead replica's claims expire after it. */
  @IsInt() @Min(5) @Max(86400)
  PREDICT_LEASE_SECONDS = 60;

  /** Model versions one inference replica keeps loaded; past it the least recently used is dropped. */
  @IsInt() @Min(1) @Max(64)
  MODEL_CACHE_SIZE = 4;

  /** Comma-separated folders that folder and video-file cameras may read from (default `<DATA_DIR>/camera-folders`). */
  @IsOptional() @IsString() @MinLength(1)
  CAMERA_FOLDER_ROOTS?: string;

  /** The ffmpeg binary for rtsp, video-file and v4l2 cameras (default `ffmpeg` on the PATH). */
  @IsString() @MinLength(1)
  FFMPEG_PATH = 'ffmpeg';

  /** How long one capture from a camera may take, in milliseconds. */
  @IsInt() @Min(100) @Max(600000)
  CAMERA_TIMEOUT_MS = 10000;

  /** Longest wait between retries of a failing camera, in seconds (failures back off exponentially up to it). */
  @IsInt() @Min(1) @Max(86400)
  CAMERA_BACKOFF_MAX_SECONDS = 300;

  /** Bytes of captures the camera service keeps in `<DATA_DIR>/spool/captures` while history cannot store them; past it captures fail. */
  @IsInt() @Min(0)
  CAPTURE_SPOOL_MAX_BYTES = 1024 * 1024 * 1024;

  /** After this many failed captures in a row a camera emits `camera.failing` to its project's webhooks. */
  @IsInt() @Min(1) @Max(1000)
  CAMERA_FAILING_AFTER = 3;

  /** `mqtt://host:1883`: the camera service subscribes to `sightline/cameras/<id>/capture` there. */
  @IsOptional() @Matches(/^mqtts?:\/\/.+$/, { message: 'must be mqtt://host:port' })
  MQTT_URL?: string;

  /** New labels since the production model's data set that start a retraining job (per project overridable); 0 turns it off. */
  @IsInt() @Min(0) @Max(10_000_000)
  AUTO_RETRAIN_LABELS = 1024;

  /** How much lower (accuracy, 0..1) an auto-retrained version may score on production's held-out images and still be promoted. */
  @Transform(({ value }) => (typeof value === 'string' && /^\s*\d*\.?\d+\s*$/.test(value) ? Number(value) : value))
  @IsNumber() @Min(0) @Max(1)
  AUTO_RETRAIN_MARGIN = 0;

  /** Seconds between the training service's checks for projects due a retraining. */
  @IsInt() @Min(1) @Max(86400)
  AUTO_RETRAIN_CHECK_SECONDS = 30;

  /** Attempts per webhook delivery before it is marked failed. */
  @IsInt() @Min(1) @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 6;

  /** Wait before a webhook delivery's first retry; it doubles with every further one. */
  @IsInt() @Min(100) @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS = 2000;

  /** A failing camera's webhook event is sent at most once per this many seconds per webhook. */
  @IsInt() @Min(0) @Max(86400)
  WEBHOOK_CAMERA_COOLDOWN_SECONDS = 300;

  /** Seconds between the gateway's runs of every project's retention rules. */
  @IsInt() @Min(10) @Max(604_800)
  RETENTION_CHECK_SECONDS = 3600;

  /** Share (0..1) of the review queue's items drawn at random from confident predictions, so reviewers also see those. */
  @Transform(({ value }) => (typeof value === 'string' && /^\s*\d*\.?\d+\s*$/.test(value) ? Number(value) : value))
  @IsNumber() @Min(0) @Max(1)
  REVIEW_RANDOM_SHARE = 0.1;

  /** `debug`, `log`, `warn` or `error`. */
  @IsIn(['debug', 'log', 'warn', 'error'])
  LOG_LEVEL = 'log';
}

/** Numbers arrive as strings from the environment; keep non-numeric text so the validator names it. */
export function toInt(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  return value;
}

export const INT_KEYS = [
  'PORT',
  'GRPC_DEADLINE_MS',
  'DATABASE_BUSY_TIMEOUT_MS',
  'STORAGE_MIN_FREE_BYTES',
  'CAPTURE_SPOOL_MAX_BYTES',
  'JWT_TTL_SECONDS',
  'LOGIN_RATE_LIMIT',
  'GATEWAY_MAX_IN_FLIGHT',
  'MAX_UPLOAD_BYTES',
  'MAX_IMAGE_PIXELS',
  'MAX_IMPORT_BYTES',
  'TRAINING_CACHE_MB',
  'TRAINING_THREADS',
  'PREDICT_MAX_BATCH_SIZE',
  'PREDICT_MAX_QUEUE_DELAY_MS',
  'PREDICT_MAX_QUEUE_SIZE',
  'MODEL_CACHE_SIZE',
  'PREDICT_INTERVAL',
  'PREDICT_LEASE_SECONDS',
  'CAMERA_TIMEOUT_MS',
  'CAMERA_BACKOFF_MAX_SECONDS',
  'CAMERA_FAILING_AFTER',
  'AUTO_RETRAIN_LABELS',
  'AUTO_RETRAIN_CHECK_SECONDS',
  'WEBHOOK_MAX_ATTEMPTS',
  'WEBHOOK_RETRY_BASE_MS',
  'WEBHOOK_CAMERA_COOLDOWN_SECONDS',
  'RETENTION_CHECK_SECONDS',
] as const;

// Applied here rather than per field so the list of numeric keys stays in one place.
for (const key of INT_KEYS) {
  Transform(({ value }) => toInt(value))(EnvSchema.prototype, key);
}
