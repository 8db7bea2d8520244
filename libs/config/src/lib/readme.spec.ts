import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_KEYS, loadConfig } from './config';

describe("README's configuration table", () => {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => ({ name: m[1], default: m[2].trim() }));

  it('lists exactly the variables the schema reads', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...ENV_KEYS].sort());
  });

  it('gives the defaults the schema has', () => {
    const defaults = loadConfig({});
    const numeric: Record<string, number> = {
      PORT: defaults.port,
      GRPC_DEADLINE_MS: defaults.grpcDeadlineMs,
      DATABASE_BUSY_TIMEOUT_MS: defaults.databaseBusyTimeoutMs,
      STORAGE_MIN_FREE_BYTES: defaults.storageMinFreeBytes,
      CAPTURE_SPOOL_MAX_BYTES: defaults.cameras.spoolMaxBytes,
      JWT_TTL_SECONDS: defaults.jwtTtlSeconds,
      LOGIN_RATE_LIMIT: defaults.loginRateLimit,
      MAX_UPLOAD_BYTES: defaults.maxUploadBytes,
      MAX_IMAGE_PIXELS: defaults.maxImagePixels,
      MAX_IMPORT_BYTES: defaults.maxImportBytes,
      TRAINING_CACHE_MB: defaults.trainingCacheBytes / 1024 / 1024,
      TRAINING_THREADS: defaults.trainingThreads,
      PREDICT_MAX_BATCH_SIZE: defaults.inference.maxBatchSize,
      PREDICT_MAX_QUEUE_DELAY_MS: defaults.inference.maxQueueDelayMs,
      PREDICT_MAX_QUEUE_SIZE: defaults.inference.maxQueueSize,
      MODEL_CACHE_SIZE: defaults.inference.modelCacheSize,
      PREDICT_INTERVAL: defaults.inference.predictIntervalSeconds,
      PREDICT_LEASE_SECONDS: defaults.inference.leaseSeconds,
      REVIEW_RANDOM_SHARE: defaults.reviewRandomShare,
      AUTO_RETRAIN_LABELS: defaults.autoRetrain.labels,
      AUTO_RETRAIN_MARGIN: defaults.autoRetrain.margin,
      AUTO_RETRAIN_CHECK_SECONDS: defaults.autoRetrain.checkSeconds,
      WEBHOOK_MAX_ATTEMPTS: defaults.webhooks.maxAttempts,
      WEBHOOK_RETRY_BASE_MS: defaults.webhooks.retryBaseMs,
      WEBHOOK_CAMERA_COOLDOWN_SECONDS: defaults.webhooks.cameraCooldownSeconds,
      CAMERA_FAILING_AFTER: defaults.cameras.failingAfter,
      RETENTION_CHECK_SECONDS: defaults.retentionCheckSeconds,
    };
    for (const row of rows) {
      if (row.name in numeric) {
        expect(`${row.name}=${row.default}`).toBe(`${row.name}=\`${numeric[row.name]}\``);
      }
    }
    const grpc = Object.fromEntries(rows.filter((r) => r.name.endsWith('_GRPC_URL')).map((r) => [r.name, r.default.replace(/`/g, '')]));
    expect(grpc).toEqual({
      CAMERA_GRPC_URL: defaults.services.camera,
      INFERENCE_GRPC_URL: defaults.services.inference,
      TRAINING_GRPC_URL: defaults.services.training,
      HISTORY_GRPC_URL: defaults.services.history,
    });
  });
});
