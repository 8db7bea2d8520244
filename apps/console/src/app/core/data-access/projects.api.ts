import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';

export type Project = ResponseBody<'/api/v1/projects/{id}', 'get'>;
export type CreateProject = RequestBody<'/api/v1/projects', 'post'>;
export type UpdateProject = RequestBody<'/api/v1/projects/{id}', 'patch'>;
export type RetentionResult = ResponseBody<
  '/api/v1/projects/{id}/retention',
  'post'
>;

@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly client = inject(API_CLIENT);

  async list(signal?: AbortSignal): Promise<Project[]> {
    return unwrap(await this.client.GET('/api/v1/projects', { signal }));
  }

  async get(id: string, signal?: AbortSignal): Promise<Project> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  async create(body: CreateProject): Promise<Project> {
    return unwrap(await this.client.POST('/api/v1/projects', { body }));
  }

  async update(id: string, body: UpdateProject): Promise<Project> {
    return unwrap(
      await this.client.PATCH('/api/v1/projects/{id}', {
        params: { path: { id } },
        body,
      }),
    );
  }

  /** Applies the project's retention rules now, or with `dryRun` only counts what would go; 409 without a rule. */
  async runRetention(id: string, dryRun: boolean): Promise<RetentionResult> {
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/retention', {
        params: { path: { id } },
        body: { dryRun },
      }),
    );
  }

  async remove(id: string): Promise<void> {
    unwrap(
      await this.client.DELETE('/api/v1/projects/{id}', {
        params: { path: { id } },
      }),
    );
  }
}
