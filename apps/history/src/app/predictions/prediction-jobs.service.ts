import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { PredictionJobEntity } from '@sightline/persistence';
import { BlobStore, imageKey } from '@sightline/storage';
import { BLOB_STORE } from '../images/blob-store.provider';
import { ProjectsService } from '../projects/projects.service';
import { PredictionRepository } from './prediction.repository';

/** A running job not heard of for this long is failed: its replica died (each batch moves the heartbeat). */
export const STALE_JOB_SECONDS = 300;
const MAX_CLAIM = 1024;
const JOB_STATES = ['succeeded', 'failed'];

/** Leases on unpredicted images and the scheduled prediction jobs that take them. */
@Injectable()
export class PredictionJobsService {
  constructor(
    private readonly predictions: PredictionRepository,
    private readonly projects: ProjectsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async claim(request: HistoryV1.ClaimUnpredictedRequest__Output): Promise<HistoryV1.ClaimedImage__Output[]> {
    await this.projects.require(request.projectId);
    if (!request.modelId || !request.claimedBy) {
      throw new DomainError(ErrorCode.InvalidArgument, 'model_id and claimed_by are required');
    }
    if (request.limit < 1 || request.limit > MAX_CLAIM || request.leaseSeconds < 1) {
      throw new DomainError(ErrorCode.InvalidArgument, `limit must be between 1 and ${MAX_CLAIM} and lease_seconds at least 1`);
    }
    const until = new Date(Date.now() + request.leaseSeconds * 1000);
    const images = await this.predictions.claim(request.projectId, request.modelId, request.claimedBy, request.limit, until);
    return Promise.all(images.map(async (image) => ({ imageId: image.id, content: await this.blobs.get(imageKey(image.sha256, image.ext)) })));
  }

  async start(request: HistoryV1.StartPredictionJobRequest__Output): Promise<HistoryV1.PredictionJob__Output> {
    await this.projects.require(request.projectId);
    const now = new Date();
    const job = await this.predictions.insertJob(
      Object.assign(new PredictionJobEntity(), {
        projectId: request.projectId,
        modelId: request.modelId,
        modelVersion: request.modelVersion,
        kind: request.kind || 'scheduled',
        state: 'running',
        replica: request.replica,
        claimed: 0,
        predicted: 0,
        failed: 0,
        error: null,
        createdAt: now,
        heartbeatAt: now,
        finishedAt: null,
      }),
    );
    return this.view(job);
  }

  async update(request: HistoryV1.UpdatePredictionJobRequest__Output): Promise<HistoryV1.PredictionJob__Output> {
    const job = await this.predictions.findJob(request.id);
    if (!job) {
      throw new DomainError(ErrorCode.NotFound, `prediction job ${request.id} not found`);
    }
    if (request.state && !JOB_STATES.includes(request.state)) {
      throw new DomainError(ErrorCode.InvalidArgument, `state must be one of ${JOB_STATES.join(', ')}`);
    }
    await this.predictions.addToJob(job.id, request, request.state ? { state: request.state, error: request.error || null } : undefined);
    return this.view((await this.predictions.findJob(job.id)) ?? job);
  }

  async list(projectId: string): Promise<HistoryV1.PredictionJob__Output[]> {
    await this.projects.require(projectId);
    await this.predictions.failStale(new Date(Date.now() - STALE_JOB_SECONDS * 1000));
    return (await this.predictions.listJobs(projectId)).map((j) => this.view(j));
  }

  private view(job: PredictionJobEntity): HistoryV1.PredictionJob__Output {
    return {
      id: job.id,
      projectId: job.projectId,
      modelId: job.modelId,
      modelVersion: job.modelVersion,
      kind: job.kind,
      state: job.state,
      replica: job.replica,
      claimed: job.claimed,
      predicted: job.predicted,
      failed: job.failed,
      error: job.error ?? '',
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt ? job.finishedAt.toISOString() : '',
    };
  }
}
