import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { QueryParams, ResponseBody } from '../../api/api-types';

export type AuditPage = ResponseBody<'/api/v1/audit', 'get'>;
export type AuditEvent = AuditPage['items'][number];
export type AuditQuery = QueryParams<'/api/v1/audit', 'get'>;

/** The append-only audit log. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly client = inject(API_CLIENT);

  async list(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
    return unwrap(
      await this.client.GET('/api/v1/audit', { params: { query }, signal }),
    );
  }
}
