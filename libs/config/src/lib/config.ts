import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isAbsolute, join, resolve } from 'node:path';
import { EnvSchema } from './config.schema';

export interface ServiceAddresses {
  camera: string;
  inference: string;
  training: string;
  history: string;
}

/** The dynamic batcher's limits (like Triton's `max_batch_size` and `max_queue_delay_microseconds`). */
export interface InferenceSettings {
  maxBatchSize: number;
  maxQueueDelayMs: number;
  maxQueueSize: number;
  modelCacheSize: number;
  /** Seconds between scheduled prediction runs. */
  predictIntervalSeconds: number;
  leaseSeconds: number;
}

/** Capture drivers and schedules. */
export interface CameraSettings {
  folderRoots: string[];
  ffmpegPath: string;
  timeoutMs: number;
  backoffMaxSeconds: number;
  /** Failed captures in a row after which a camera emits camera.failing. */
  failingAfter: number;
  mqttUrl?: string;
  /** Bytes of captures kept in the local spool while history cannot store them. */
  spoolMaxBytes: number;
}

export type ServiceName = keyof ServiceAddresses;

export interface SightlineConfig {
  port: number;
  bindHost: string;
  dataDir: string;
  databaseUrl: string;
  /** How long an SQLite write waits for a lock held by another process. */
  databaseBusyTimeoutMs: number;
  /** Free bytes the blob store's disk keeps; uploads below it get 507. */
  storageMinFreeBytes: number;
  storageUrl: string;
  /** Credentials for an `s3://` STORAGE_URL. */
  s3Credentials?: { accessKeyId: string; secretAccessKey: string };
  services: ServiceAddresses;
  grpcDeadlineMs: number;
  adminPassword?: string;
  jwtSecret?: string;
  jwtTtlSeconds: number;
  loginRateLimit: number;
  gatewayMaxInFlight: number;
  maxUploadBytes: number;
  maxImagePixels: number;
  maxImportBytes: number;
  trainingCacheBytes: number;
  /** Threads per CNN training job; 0 picks one per CPU core, at most 4. */
  trainingThreads: number;
  backboneUrl?: string;
  /** BACKBONE_FEATURES: the backbone layer the features are taken from. */
  backboneFeatures?: string;
  corsOrigins: string[];
  inference: InferenceSettings;
  cameras: CameraSettings;
  autoRetrain: { labels: number; margin: number; checkSeconds: number };
  webhooks: { maxAttempts: number; retryBaseMs: number; cameraCooldownSeconds: number };
  retentionCheckSeconds: number;
  /** Share of the review queue drawn at random from confident predictions. */
  reviewRandomShare: number;
  logLevel: 'debug' | 'log' | 'warn' | 'error';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const ENV_KEYS = Object.keys(new EnvSchema()).concat(['DATABASE_URL', 'STORAGE_URL', 'ADMIN_PASSWORD', 'JWT_SECRET', 'BACKBONE_URL', 'BACKBONE_FEATURES', 'CAMERA_FOLDER_ROOTS', 'MQTT_URL', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']);

/** Reads and validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SightlineConfig {
  const known = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => ENV_KEYS.includes(key) && value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(EnvSchema, known);
  const errors = validateSync(parsed, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => `${e.property}=${JSON.stringify(env[e.property] ?? '')}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  const dataDir = resolve(parsed.DATA_DIR);
  return {
    port: parsed.PORT,
    bindHost: parsed.BIND_HOST,
    dataDir,
    databaseUrl: parsed.DATABASE_URL ?? `sqlite:${join(dataDir, 'sightline.db')}`,
    storageUrl: parsed.STORAGE_URL ?? `file:${join(dataDir, 'blobs')}`,
    s3Credentials: parsed.S3_ACCESS_KEY_ID && parsed.S3_SECRET_ACCESS_KEY ? { accessKeyId: parsed.S3_ACCESS_KEY_ID, secretAccessKey: parsed.S3_SECRET_ACCESS_KEY } : undefined,
    databaseBusyTimeoutMs: parsed.DATABASE_BUSY_TIMEOUT_MS,
    storageMinFreeBytes: parsed.STORAGE_MIN_FREE_BYTES,
    services: {
      camera: parsed.CAMERA_GRPC_URL,
      inference: parsed.INFERENCE_GRPC_URL,
      training: parsed.TRAINING_GRPC_URL,
      history: parsed.HISTORY_GRPC_URL,
    },
    grpcDeadlineMs: parsed.GRPC_DEADLINE_MS,
    adminPassword: parsed.ADMIN_PASSWORD,
    jwtSecret: parsed.JWT_SECRET,
    jwtTtlSeconds: parsed.JWT_TTL_SECONDS,
    loginRateLimit: parsed.LOGIN_RATE_LIMIT,
    gatewayMaxInFlight: parsed.GATEWAY_MAX_IN_FLIGHT,
    maxUploadBytes: parsed.MAX_UPLOAD_BYTES,
    maxImagePixels: parsed.MAX_IMAGE_PIXELS,
    maxImportBytes: parsed.MAX_IMPORT_BYTES,
    trainingCacheBytes: parsed.TRAINING_CACHE_MB * 1024 * 1024,
    trainingThreads: parsed.TRAINING_THREADS,
    backboneUrl: parsed.BACKBONE_URL,
    backboneFeatures: parsed.BACKBONE_FEATURES,
    inference: {
      maxBatchSize: parsed.PREDICT_MAX_BATCH_SIZE,
      maxQueueDelayMs: parsed.PREDICT_MAX_QUEUE_DELAY_MS,
      maxQueueSize: parsed.PREDICT_MAX_QUEUE_SIZE,
      modelCacheSize: parsed.MODEL_CACHE_SIZE,
      predictIntervalSeconds: parsed.PREDICT_INTERVAL,
      leaseSeconds: parsed.PREDICT_LEASE_SECONDS,
    },
    cameras: {
      folderRoots: (parsed.CAMERA_FOLDER_ROOTS ?? join(dataDir, 'camera-folders')).split(',').map((r) => r.trim()).filter(Boolean).map((r) => resolve(r)),
      ffmpegPath: parsed.FFMPEG_PATH,
      timeoutMs: parsed.CAMERA_TIMEOUT_MS,
      backoffMaxSeconds: parsed.CAMERA_BACKOFF_MAX_SECONDS,
      failingAfter: parsed.CAMERA_FAILING_AFTER,
      mqttUrl: parsed.MQTT_URL,
      spoolMaxBytes: parsed.CAPTURE_SPOOL_MAX_BYTES,
    },
    autoRetrain: { labels: parsed.AUTO_RETRAIN_LABELS, margin: parsed.AUTO_RETRAIN_MARGIN, checkSeconds: parsed.AUTO_RETRAIN_CHECK_SECONDS },
    webhooks: { maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS, retryBaseMs: parsed.WEBHOOK_RETRY_BASE_MS, cameraCooldownSeconds: parsed.WEBHOOK_CAMERA_COOLDOWN_SECONDS },
    retentionCheckSeconds: parsed.RETENTION_CHECK_SECONDS,
    reviewRandomShare: parsed.REVIEW_RANDOM_SHARE,
    corsOrigins: parsed.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    logLevel: parsed.LOG_LEVEL as SightlineConfig['logLevel'],
  };
}

/** For a process entry point: load the config or print the problems and exit. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): SightlineConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** Resolves a path against the data dir unless it is absolute. */
export function dataPath(config: SightlineConfig, path: string): string {
  return isAbsolute(path) ? path : join(config.dataDir, path);
}
