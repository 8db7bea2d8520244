import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';
import { SessionStore, type SessionUser } from '../auth/session.store';

export type LoginRequest = RequestBody<'/api/v1/auth/login', 'post'>;
export type LoginResponse = ResponseBody<'/api/v1/auth/login', 'post'>;
export type CurrentUser = ResponseBody<'/api/v1/auth/me', 'get'>;

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly client = inject(API_CLIENT);
  private readonly session = inject(SessionStore);

  /** Logs in and starts the session; throws an ApiError with the gateway's message on failure. */
  async login(credentials: LoginRequest): Promise<SessionUser> {
    const result = unwrap(
      await this.client.POST('/api/v1/auth/login', { body: credentials }),
    );
    const user = result.user as SessionUser;
    this.session.start(result.accessToken, result.expiresIn, user);
    return user;
  }

  async me(): Promise<SessionUser> {
    const user = unwrap(
      await this.client.GET('/api/v1/auth/me'),
    ) as SessionUser;
    this.session.updateUser(user);
    return user;
  }

  logout(): void {
    this.session.clear();
  }
}
