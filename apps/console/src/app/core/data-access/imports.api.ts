import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { ResponseBody } from '../../api/api-types';
import type { paths } from '../../api/schema';
import { followJob } from './job-feed';

export type ImportJob = ResponseBody<'/api/v1/imports/{id}', 'get'>;
export type ImportError = ImportJob['errors'][number];

type ImportBody = NonNullable<
  paths['/api/v1/projects/{id}/imports']['post']['requestBody']
>['content']['multipart/form-data'];

const IMPORT_POLL_MS = 1000;

export function isImportFinished(job: Pick<ImportJob, 'state'>): boolean {
  return job.state === 'succeeded' || job.state === 'failed';
}

/** Zip imports in image-folder layout (`train/<label>/*`, `test/<label>/*` or `<label>/*`). */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly client = inject(API_CLIENT);

  /** Uploads the zip; the import itself runs on the server as a job. */
  async start(projectId: string, zip: File): Promise<ImportJob> {
    const form = new FormData();
    form.append('file', zip, zip.name);
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/imports', {
        params: { path: { id: projectId } },
        body: {} as ImportBody,
        bodySerializer: () => form,
      }),
    );
  }

  async get(id: string, signal?: AbortSignal): Promise<ImportJob> {
    return unwrap(
      await this.client.GET('/api/v1/imports/{id}', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  /** The project's imports, newest first. */
  async list(projectId: string, signal?: AbortSignal): Promise<ImportJob[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/imports', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  /** The import's state every second until it ends. */
  follow(id: string): Observable<ImportJob> {
    return followJob<ImportJob>({
      get: (signal) => this.get(id, signal),
      isFinished: isImportFinished,
      pollMs: IMPORT_POLL_MS,
    });
  }
}
