import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';

export type UserAccount = ResponseBody<'/api/v1/users', 'get'>[number];
export type CreateUser = RequestBody<'/api/v1/users', 'post'>;
export type ApiKey = ResponseBody<'/api/v1/api-keys', 'get'>[number];
export type CreateApiKey = RequestBody<'/api/v1/api-keys', 'post'>;
export type CreatedApiKey = ResponseBody<'/api/v1/api-keys', 'post'>;

/** Accounts and API keys (admin only on the gateway). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly client = inject(API_CLIENT);

  async listUsers(signal?: AbortSignal): Promise<UserAccount[]> {
    return unwrap(await this.client.GET('/api/v1/users', { signal }));
  }

  async createUser(body: CreateUser): Promise<UserAccount> {
    return unwrap(await this.client.POST('/api/v1/users', { body }));
  }

  async listApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
    return unwrap(await this.client.GET('/api/v1/api-keys', { signal }));
  }

  async createApiKey(body: CreateApiKey): Promise<CreatedApiKey> {
    return unwrap(await this.client.POST('/api/v1/api-keys', { body }));
  }

  async revokeApiKey(id: string): Promise<void> {
    unwrap(
      await this.client.DELETE('/api/v1/api-keys/{id}', {
        params: { path: { id } },
      }),
    );
  }
}
