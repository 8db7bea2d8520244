import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { ResponseBody } from '../../api/api-types';

export type ReviewQueue = ResponseBody<'/api/v1/projects/{id}/review', 'get'>;
export type ReviewItem = ReviewQueue['items'][number];
export type FeedbackResult = ResponseBody<
  '/api/v1/predictions/{id}/feedback',
  'post'
>;
export type ProjectDashboard = ResponseBody<
  '/api/v1/projects/{id}/dashboard',
  'get'
>;
export type LiveAccuracy = ResponseBody<
  '/api/v1/projects/{id}/review/accuracy',
  'get'
>;

/** The review queue of a project's production model, feedback on its predictions, and its live accuracy. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly client = inject(API_CLIENT);

  /** The next items, leaving out the predictions the page holds already. */
  async next(
    projectId: string,
    limit: number,
    exclude: readonly string[],
    signal?: AbortSignal,
  ): Promise<ReviewQueue> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/review', {
        params: {
          path: { id: projectId },
          query: {
            limit,
            ...(exclude.length ? { exclude: exclude.join(',') } : {}),
          },
        },
        signal,
      }),
    );
  }

  async feedback(
    predictionId: string,
    correct: boolean,
    label?: string,
  ): Promise<FeedbackResult> {
    return unwrap(
      await this.client.POST('/api/v1/predictions/{id}/feedback', {
        params: { path: { id: predictionId } },
        body: correct ? { correct } : { correct, label },
      }),
    );
  }

  async accuracy(
    projectId: string,
    signal?: AbortSignal,
  ): Promise<LiveAccuracy> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/review/accuracy', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  async dashboard(
    projectId: string,
    signal?: AbortSignal,
  ): Promise<ProjectDashboard> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/dashboard', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }
}
