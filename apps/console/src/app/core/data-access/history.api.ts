import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { QueryParams, ResponseBody } from '../../api/api-types';
import { attachmentName, type DownloadedFile } from './download';

export type PredictionPage = ResponseBody<
  '/api/v1/projects/{id}/predictions',
  'get'
>;
export type HistoryItem = PredictionPage['items'][number];
type ExportQuery = QueryParams<'/api/v1/projects/{id}/export', 'get'>;
/** Which predictions: the same filter for the list and the export. */
export type PredictionFilter = Omit<ExportQuery, 'format'>;
export type ExportFormat = NonNullable<ExportQuery['format']>;

/** A project's prediction history: filtered, paged by cursor, exported. */
@Injectable({ providedIn: 'root' })
export class HistoryApi {
  private readonly client = inject(API_CLIENT);

  /** One page, newest first; pass the previous page's `nextCursor` for the next. */
  async list(
    projectId: string,
    filter: PredictionFilter,
    cursor: string | null,
    limit: number,
    signal?: AbortSignal,
  ): Promise<PredictionPage> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/predictions', {
        params: {
          path: { id: projectId },
          query: { ...filter, limit, ...(cursor ? { cursor } : {}) },
        },
        signal,
      }),
    );
  }

  /** The filtered predictions as CSV, or their labeled images as a zip in image-folder layout. */
  async export(
    projectId: string,
    filter: PredictionFilter,
    format: ExportFormat,
  ): Promise<DownloadedFile> {
    const result = await this.client.GET('/api/v1/projects/{id}/export', {
      params: { path: { id: projectId }, query: { ...filter, format } },
      parseAs: 'blob',
    });
    const blob = unwrap(result) as unknown as Blob;
    return {
      blob,
      filename: attachmentName(
        result.response.headers.get('content-disposition'),
        `history.${format}`,
      ),
    };
  }
}
