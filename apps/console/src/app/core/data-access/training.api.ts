import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';
import { sseMessages } from './event-stream';
import { followJob } from './job-feed';

export type TrainingJob = ResponseBody<'/api/v1/training-jobs/{id}', 'get'>;
export type TrainingJobState = TrainingJob['state'];
export type StartTraining = RequestBody<
  '/api/v1/projects/{id}/training-jobs',
  'post'
>;

/** Poll interval when the event stream is unavailable. */
const TRAINING_POLL_MS = 2000;

export function isTrainingFinished(job: Pick<TrainingJob, 'state'>): boolean {
  return (
    job.state === 'succeeded' ||
    job.state === 'failed' ||
    job.state === 'cancelled'
  );
}

@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly client = inject(API_CLIENT);

  /** The project's jobs, newest first. */
  async list(projectId: string, signal?: AbortSignal): Promise<TrainingJob[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/training-jobs', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  async get(id: string, signal?: AbortSignal): Promise<TrainingJob> {
    return unwrap(
      await this.client.GET('/api/v1/training-jobs/{id}', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  /** Queues a job; parameters left out take the server's defaults. */
  async start(projectId: string, body: StartTraining): Promise<TrainingJob> {
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/training-jobs', {
        params: { path: { id: projectId } },
        body,
      }),
    );
  }

  async cancel(id: string): Promise<TrainingJob> {
    return unwrap(
      await this.client.POST('/api/v1/training-jobs/{id}/cancel', {
        params: { path: { id } },
      }),
    );
  }

  /** The job live: from its event stream, or by polling every 2 s when the stream fails; completes when it ends. */
  watch(id: string): Observable<TrainingJob> {
    return followJob<TrainingJob>({
      get: (signal) => this.get(id, signal),
      stream: (signal) => this.events(id, signal),
      isFinished: isTrainingFinished,
      pollMs: TRAINING_POLL_MS,
    });
  }

  private async *events(
    id: string,
    signal: AbortSignal,
  ): AsyncGenerator<TrainingJob> {
    const body = unwrap(
      await this.client.GET('/api/v1/training-jobs/{id}/events', {
        params: { path: { id } },
        headers: { Accept: 'text/event-stream' },
        parseAs: 'stream',
        signal,
      }),
    );
    if (!body) {
      throw new Error('The event stream has no body');
    }
    for await (const data of sseMessages(body)) {
      yield JSON.parse(data) as TrainingJob;
    }
  }
}
