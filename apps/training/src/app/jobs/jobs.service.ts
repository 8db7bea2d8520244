import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { initBackend } from '@sightline/ml';
import { ModelVersionEntity, TrainingJobEntity } from '@sightline/persistence';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ModelsService } from '../models/models.service';
import { HistoryClientRepository } from './history-client.repository';
import type { CurvePoint, RequestedParams, TrainingParams, WorkerInput, WorkerMessage } from './training-protocol';
import { TrainingJobRepository } from './training-job.repository';

interface Live {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss?: number;
  accuracy?: number;
  valLoss?: number;
  valAccuracy?: number;
  etaSeconds?: number;
  samplesPerSecond?: number;
  curves: CurvePoint[];
}

const TERMINAL = ['succeeded', 'failed', 'cancelled'];

/** Checks what a job asks for; what it leaves out is chosen from the data when the job starts. */
export function requestedParams(request: TrainingV1.CreateTrainingJobRequest__Output, backboneUrl: string | undefined): RequestedParams {
  const check = (ok: boolean, message: string) => {
    if (!ok) {
      throw new DomainError(ErrorCode.InvalidArgument, message);
    }
  };
  check(Number.isInteger(request.epochs) && request.epochs >= 0 && request.epochs <= 500, 'epochs must be an integer between 1 and 500');
  check(Number.isInteger(request.batchSize) && request.batchSize >= 0 && request.batchSize <= 1024, 'batchSize must be an integer between 1 and 1024');
  check(Number.isFinite(request.learningRate) && request.learningRate >= 0 && request.learningRate < 1, 'learningRate must be above 0 and below 1');
  check(request.imageSize === 0 || (Number.isInteger(request.imageSize) && request.imageSize >= 8 && request.imageSize <= 256), 'imageSize must be an integer between 8 and 256');
  check(
    request.averageDecay === undefined || request.averageDecay === null || (Number.isFinite(request.averageDecay) && request.averageDecay >= 0 && request.averageDecay < 1),
    'averageDecay must be at least 0 and below 1',
  );
  check(['', 'cnn', 'transfer'].includes(request.architecture), "architecture must be 'cnn' or 'transfer'");
  check(
    request.architecture !== 'transfer' || backboneUrl !== undefined,
    "architecture 'transfer' needs a pretrained backbone: set BACKBONE_URL to a TensorFlow.js layers model (the URL or absolute path of its model.json)",
  );
  // 0 and unset mean "choose from the data"; only what was asked for is kept.
  const asked = {
    architecture: (request.architecture || undefined) as RequestedParams['architecture'],
    epochs: request.epochs || undefined,
    batchSize: request.batchSize || undefined,
    learningRate: request.learningRate || undefined,
    imageSize: request.imageSize || undefined,
    augment: request.augment,
    flip: request.flip,
    averageDecay: request.averageDecay,
  };
  const chosen = Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined)) as Partial<RequestedParams>;
  return { ...chosen, validationShare: 0.1, seed: 42 };
}

/** Runs training jobs one at a time, each in a worker thread so the gRPC server stays responsive. */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private running?: { job: TrainingJobEntity; worker: Worker; live: Live; cancelRequested: boolean };
  /** The production version an auto-retrain job holds production's test images out for, by job id. */
  private readonly gateBase = new Map<string, ModelVersionEntity>();
  private pumping = false;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly jobs: TrainingJobRepository,
    private readonly history: HistoryClientRepository,
    private readonly models: ModelsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.logger.log(`TensorFlow.js backend: ${await initBackend(undefined, { log: () => undefined })}`);
    const failed = await this.jobs.failRunning('the training service stopped while this job was running');
    if (failed > 0) {
      this.logger.warn(`marked ${failed} interrupted training job(s) as failed`);
    }
    void this.pump();
  }

  async onModuleDestroy(): Promise<void> {
    await this.running?.worker.terminate();
  }

  async create(request: TrainingV1.CreateTrainingJobRequest__Output): Promise<TrainingV1.TrainingJob> {
    const params = requestedParams(request, this.config.backboneUrl);
    await this.history.getProject(request.projectId);
    const job = await this.jobs.save(
      Object.assign(new TrainingJobEntity(), {
        projectId: request.projectId,
        state: 'queued',
        trigger: 'manual',
        params,
        progress: 0,
        epoch: null,
        loss: null,
        accuracy: null,
        valAccuracy: null,
        etaSeconds: null,
        modelId: null,
        error: null,
        createdBy: request.createdBy || null,
        createdAt: new Date(),
        startedAt: null,
        finishedAt: null,
      }),
    );
    void this.pump();
    return this.view(job);
  }

  /**
   * A job with trigger `auto-retrain`, with production's hyper-parameters (what the data would choose
   * otherwise); it holds out production's test images so the two can be compared on them.
   */
  async createAutoRetrain(projectId: string, production: ModelVersionEntity): Promise<TrainingV1.TrainingJob> {
    const hp = production.hyperParameters;
    const kept = Object.fromEntries(
      (['architecture', 'epochs', 'batchSize', 'learningRate', 'imageSize', 'augment', 'flip', 'averageDecay'] as const).flatMap((key) =>
        typeof hp[key] === 'number' || typeof hp[key] === 'boolean' || (key === 'architecture' && (hp[key] === 'cnn' || hp[key] === 'transfer')) ? [[key, hp[key]]] : [],
      ),
    );
    const job = await this.jobs.save(
      Object.assign(new TrainingJobEntity(), {
        projectId,
        state: 'queued',
        trigger: 'auto-retrain',
        params: { ...kept, validationShare: 0.1, seed: 42 },
        progress: 0,
        epoch: null,
        loss: null,
        accuracy: null,
        valAccuracy: null,
        etaSeconds: null,
        modelId: null,
        error: null,
        createdBy: 'auto-retrain',
        createdAt: new Date(),
        startedAt: null,
        finishedAt: null,
      }),
    );
    void this.pump();
    return this.view(job);
  }

  async list(projectId: string): Promise<TrainingV1.TrainingJob[]> {
    return (await this.jobs.list(projectId)).map((j) => this.view(j));
  }

  async get(id: string): Promise<TrainingV1.TrainingJob> {
    return this.view(await this.require(id));
  }

  async cancel(id: string): Promise<TrainingV1.TrainingJob> {
    const job = await this.require(id);
    if (this.running?.job.id === id) {
      this.running.cancelRequested = true;
      this.running.worker.postMessage({ type: 'cancel' });
      const worker = this.running.worker;
      // A worker stuck outside the training loop (e.g. decoding) is stopped the hard way.
      setTimeout(() => void worker.terminate(), 10_000).unref();
      return this.view(job);
    }
    if (job.state === 'queued') {
      Object.assign(job, { state: 'cancelled', finishedAt: new Date() });
      await this.jobs.save(job);
    }
    return this.view(job);
  }

  private async require(id: string): Promise<TrainingJobEntity> {
    if (this.running?.job.id === id) {
      return this.running.job;
    }
    const job = await this.jobs.findById(id);
    if (!job) {
      throw new DomainError(ErrorCode.NotFound, `training job ${id} not found`);
    }
    return job;
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.running) {
      return;
    }
    this.pumping = true;
    try {
      const job = await this.jobs.nextQueued();
      if (job) {
        await this.start(job);
      }
    } catch (error) {
      this.logger.error(`could not start a training job: ${(error as Error).message}`);
    } finally {
      this.pumping = false;
    }
  }

  private async start(job: TrainingJobEntity): Promise<void> {
    Object.assign(job, { state: 'running', startedAt: new Date() });
    await this.jobs.save(job);
    let images;
    try {
      images = await this.history.labeledImages(job.projectId);
      const production = job.trigger === 'auto-retrain' ? await this.models.productionVersion(job.projectId) : undefined;
      if (production) {
        // Exactly production's held-out images are the test split; every other labeled image trains.
        const held = new Set(await this.models.testImageIds(production));
        images = images.map((i) => ({ ...i, split: held.has(i.imageId) ? 'test' : 'train' }));
        this.gateBase.set(job.id, production);
      }
      const labels = [...new Set(images.map((i) => i.label))].sort();
      if (labels.length < 2 || images.length < 4) {
        throw new DomainError(ErrorCode.Conflict, `training needs labeled images of at least 2 labels (found ${images.length} images, ${labels.length} label(s))`);
      }
      const modelId = randomUUID();
      const input: WorkerInput = {
        jobId: job.id,
        modelId,
        storageUrl: this.config.storageUrl,
        s3Credentials: this.config.s3Credentials,
        cacheBytes: this.config.trainingCacheBytes,
        threads: this.config.trainingThreads > 0 ? this.config.trainingThreads : Math.min(availableParallelism(), 4),
        backboneUrl: this.config.backboneUrl,
        backboneFeatures: this.config.backboneFeatures,
        params: job.params as unknown as RequestedParams,
        labels,
        images,
      };
      // main.js doubles as the worker script (see main.ts); __filename would name a module inside the bundle.
      const worker = new Worker(process.argv[1], { workerData: input });
      const live: Live = { epoch: 0, epochs: input.params.epochs ?? 0, batch: 0, batches: 0, curves: [] };
      const running = { job, worker, live, cancelRequested: false };
      this.running = running;
      let lastSave = 0;
      let settled = false;
      worker.on('message', (message: WorkerMessage) => {
        void (async () => {
          switch (message.type) {
            case 'plan':
              // From now on the job shows what it really trains with, defaults included.
              live.epochs = message.params.epochs;
              job.params = message.params as unknown as Record<string, unknown>;
              await this.jobs.save(job);
              return;
            case 'progress':
              Object.assign(live, message);
              Object.assign(job, { progress: message.progress, epoch: message.epoch, loss: message.loss, accuracy: message.accuracy, etaSeconds: message.etaSeconds });
              if (Date.now() - lastSave > 1000) {
                lastSave = Date.now();
                await this.jobs.save(job);
              }
              return;
            case 'epoch':
              live.curves.push(message.point);
              live.valLoss = message.point.valLoss ?? undefined;
              live.valAccuracy = message.point.valAccuracy ?? undefined;
              job.valAccuracy = message.point.valAccuracy;
              return;
            case 'done': {
              settled = true;
              const started = job.startedAt?.getTime() ?? Date.now();
              const base = this.gateBase.get(job.id);
              const gate = base ? await this.models.gate(base, message.storagePrefix, this.config.autoRetrain.margin) : undefined;
              const version = await this.models.register(
                Object.assign(new ModelVersionEntity(), {
                  id: modelId,
                  projectId: job.projectId,
                  architecture: message.architecture,
                  hyperParameters: { ...message.params, channels: message.channels, ...(message.architecture === 'transfer' ? { backbone: input.backboneUrl, backboneFeatures: input.backboneFeatures } : {}) },
                  labels,
                  metrics: {
                    ...message.metrics,
                    curves: message.curves,
                    trainCount: message.trainCount,
                    testCount: message.testCount,
                    trainingSeconds: (Date.now() - started) / 1000,
                    backend: message.backend,
                    ...(gate ? { gate } : {}),
                  },
                  jobId: job.id,
                  storagePrefix: message.storagePrefix,
                  datasetSize: message.trainCount + message.testCount,
                  createdAt: new Date(),
                }),
                job.createdBy ?? 'training',
                gate?.reason,
              );
              if (gate?.promote) {
                await this.models.promote(version.id, 'auto-retrain', gate.reason);
              }
              await this.finish(job, { state: 'succeeded', progress: 1, modelId: version.id, etaSeconds: 0 });
              return;
            }
            case 'cancelled':
              settled = true;
              await this.finish(job, { state: 'cancelled' });
              return;
            case 'failed':
              settled = true;
              await this.finish(job, { state: 'failed', error: message.error.slice(0, 2000) });
              return;
          }
        })().catch((error: unknown) => this.logger.error(`training job ${job.id}: ${(error as Error).message}`));
      });
      worker.on('error', (error) => {
        settled = true;
        void this.finish(job, { state: 'failed', error: `the training worker crashed: ${error.message}`.slice(0, 2000) });
      });
      // Without a final message the worker was either stopped after a cancel, or died on its own.
      worker.on('exit', (code) => {
        if (!settled) {
          void this.finish(
            job,
            running.cancelRequested ? { state: 'cancelled' } : { state: 'failed', error: `the training worker exited (code ${code}) before finishing` },
          );
        }
      });
    } catch (error) {
      await this.finish(job, { state: 'failed', error: (error as Error).message.slice(0, 2000) });
    }
  }

  private async finish(job: TrainingJobEntity, changes: Partial<TrainingJobEntity>): Promise<void> {
    this.gateBase.delete(job.id);
    Object.assign(job, changes, { finishedAt: new Date() });
    await this.jobs.save(job);
    if (this.running?.job.id === job.id) {
      const { worker } = this.running;
      this.running = undefined;
      void worker.terminate();
    }
    this.logger.log(`training job ${job.id} ${job.state}${job.error ? `: ${job.error}` : ''}`);
    void this.pump();
  }

  private view(job: TrainingJobEntity): TrainingV1.TrainingJob {
    const live = this.running?.job.id === job.id ? this.running.live : undefined;
    const params = job.params as unknown as Partial<TrainingParams>;
    return {
      id: job.id,
      projectId: job.projectId,
      state: job.state,
      trigger: job.trigger,
      paramsJson: JSON.stringify(job.params),
      progress: job.progress,
      epoch: live?.epoch ?? job.epoch ?? 0,
      epochs: live?.epochs || (params.epochs ?? 0),
      batch: live?.batch ?? 0,
      batches: live?.batches ?? 0,
      loss: job.loss ?? undefined,
      accuracy: job.accuracy ?? undefined,
      valLoss: live?.valLoss,
      valAccuracy: job.valAccuracy ?? undefined,
      etaSeconds: TERMINAL.includes(job.state) ? undefined : (job.etaSeconds ?? undefined),
      samplesPerSecond: live?.samplesPerSecond,
      curvesJson: JSON.stringify(live?.curves ?? []),
      modelId: job.modelId ?? '',
      error: job.error ?? '',
      createdAt: job.createdAt.toISOString(),
      startedAt: job.startedAt ? job.startedAt.toISOString() : '',
      finishedAt: job.finishedAt ? job.finishedAt.toISOString() : '',
    };
  }
}
