import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { ResponseBody } from '../../api/api-types';

export type Health = ResponseBody<'/api/v1/health', 'get'>;
export type SystemInfo = ResponseBody<'/api/v1/system', 'get'>;

@Injectable({ providedIn: 'root' })
export class SystemApi {
  private readonly client = inject(API_CLIENT);

  /** The gateway answers 503 with the same body when a service is down, so both are a result here. */
  async health(signal?: AbortSignal): Promise<Health> {
    const result = await this.client.GET('/api/v1/health', { signal });
    if (result.response.status === 503 && result.error) {
      return result.error as Health;
    }
    return unwrap(result);
  }

  async system(signal?: AbortSignal): Promise<SystemInfo> {
    return unwrap(await this.client.GET('/api/v1/system', { signal }));
  }
}
