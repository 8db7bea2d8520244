import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { ResponseBody } from '../../api/api-types';
import type { paths } from '../../api/schema';
import { attachmentName, type DownloadedFile } from './download';

type ModelImportBody = NonNullable<
  paths['/api/v1/projects/{id}/models/import']['post']['requestBody']
>['content']['multipart/form-data'];

export type ModelVersion = ResponseBody<'/api/v1/models/{id}', 'get'>;
export type AliasHistoryEntry = ResponseBody<
  '/api/v1/projects/{id}/models/history',
  'get'
>[number];
export type TestResult = ResponseBody<
  '/api/v1/models/{id}/test-results',
  'get'
>[number];

/** The model registry: versions, their held-out results, and the production alias. */
@Injectable({ providedIn: 'root' })
export class ModelsApi {
  private readonly client = inject(API_CLIENT);

  /** The project's versions, newest first. */
  async list(projectId: string, signal?: AbortSignal): Promise<ModelVersion[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/models', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  async get(id: string, signal?: AbortSignal): Promise<ModelVersion> {
    return unwrap(
      await this.client.GET('/api/v1/models/{id}', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  /** Points the project's `production` alias at this version. */
  async promote(id: string, reason?: string): Promise<ModelVersion> {
    return unwrap(
      await this.client.POST('/api/v1/models/{id}/promote', {
        params: { path: { id } },
        body: reason ? { reason } : {},
      }),
    );
  }

  /** Moves `production` back to the version it pointed at before; returns the new production version. */
  async rollback(projectId: string, reason?: string): Promise<ModelVersion> {
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/models/rollback', {
        params: { path: { id: projectId } },
        body: reason ? { reason } : {},
      }),
    );
  }

  /** The version as a zip (model.json, weights.bin, sightline-model.json), named `<project>-v<version>.zip`. */
  async exportZip(id: string): Promise<DownloadedFile> {
    const result = await this.client.GET('/api/v1/models/{id}/export', {
      params: { path: { id } },
      parseAs: 'blob',
    });
    const blob = unwrap(result) as Blob;
    return {
      blob,
      filename: attachmentName(
        result.response.headers.get('content-disposition'),
        'model.zip',
      ),
    };
  }

  /** A new version in the project from a model zip exported by Sightline; production if the project has none. */
  async importZip(projectId: string, zip: File): Promise<ModelVersion> {
    const form = new FormData();
    form.append('file', zip, zip.name);
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/models/import', {
        params: { path: { id: projectId } },
        body: {} as ModelImportBody,
        bodySerializer: () => form,
      }),
    );
  }

  /** Every alias move of the project, newest first. */
  async history(
    projectId: string,
    signal?: AbortSignal,
  ): Promise<AliasHistoryEntry[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/models/history', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  /** The held-out images with their predictions, narrowed to one cell of the confusion matrix. */
  async testResults(
    id: string,
    actual: string,
    predicted: string,
    signal?: AbortSignal,
  ): Promise<TestResult[]> {
    return unwrap(
      await this.client.GET('/api/v1/models/{id}/test-results', {
        params: { path: { id }, query: { actual, predicted } },
        signal,
      }),
    );
  }
}
