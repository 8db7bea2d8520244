import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { QueryParams, ResponseBody } from '../../api/api-types';
import type { paths } from '../../api/schema';

export type Image = ResponseBody<'/api/v1/images/{id}', 'get'>;
export type ImagePage = ResponseBody<'/api/v1/projects/{id}/images', 'get'>;
export type ImageQuery = QueryParams<'/api/v1/projects/{id}/images', 'get'>;
export type LabelEntry = ResponseBody<
  '/api/v1/images/{id}/labels',
  'get'
>['labels'][number];
export type ImageVariant = 'thumbnail' | 'content';
export type ImagePrediction = ResponseBody<
  '/api/v1/images/{id}/predictions',
  'get'
>[number];

type UploadBody = NonNullable<
  paths['/api/v1/projects/{id}/images']['post']['requestBody']
>['content']['multipart/form-data'];

@Injectable({ providedIn: 'root' })
export class ImagesApi {
  private readonly client = inject(API_CLIENT);

  async list(
    projectId: string,
    query: ImageQuery,
    signal?: AbortSignal,
  ): Promise<ImagePage> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/images', {
        params: { path: { id: projectId }, query },
        signal,
      }),
    );
  }

  /** Stores one or many files (multipart field `file`, repeated); the rows say which were duplicates. */
  async upload(
    projectId: string,
    files: readonly File[],
    label?: string,
  ): Promise<Image[]> {
    const form = new FormData();
    for (const file of files) {
      form.append('file', file, file.name);
    }
    if (label) {
      form.append('label', label);
    }
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/images', {
        params: { path: { id: projectId } },
        // openapi-fetch sends FormData as-is so the browser sets the multipart boundary.
        body: {} as UploadBody,
        bodySerializer: () => form,
      }),
    );
  }

  async get(id: string, signal?: AbortSignal): Promise<Image> {
    return unwrap(
      await this.client.GET('/api/v1/images/{id}', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  async labels(id: string, signal?: AbortSignal): Promise<LabelEntry[]> {
    const result = unwrap(
      await this.client.GET('/api/v1/images/{id}/labels', {
        params: { path: { id } },
        signal,
      }),
    );
    return result.labels;
  }

  /** Every prediction of the image, by every model version, newest first. */
  async predictions(
    id: string,
    signal?: AbortSignal,
  ): Promise<ImagePrediction[]> {
    return unwrap(
      await this.client.GET('/api/v1/images/{id}/predictions', {
        params: { path: { id } },
        signal,
      }),
    );
  }

  async setLabel(id: string, label: string): Promise<Image> {
    return unwrap(
      await this.client.PUT('/api/v1/images/{id}/label', {
        params: { path: { id } },
        body: { label },
      }),
    );
  }

  /** Image bytes need the Authorization header, so they are fetched as blobs rather than linked. */
  async blob(
    id: string,
    variant: ImageVariant,
    signal?: AbortSignal,
  ): Promise<Blob> {
    const init = { params: { path: { id } }, parseAs: 'blob' as const, signal };
    const result =
      variant === 'thumbnail'
        ? await this.client.GET('/api/v1/images/{id}/thumbnail', init)
        : await this.client.GET('/api/v1/images/{id}/content', init);
    return unwrap(result) as Blob;
  }
}
