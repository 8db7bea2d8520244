import { inject, InjectionToken } from '@angular/core';
import { Router } from '@angular/router';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { SessionStore } from '../core/auth/session.store';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

/** Adds the bearer token and ends the session when the gateway answers 401 to an authenticated call. */
export function authMiddleware(session: SessionStore, onUnauthorized: () => void): Middleware {
  return {
    onRequest({ request }) {
      const token = session.token();
      if (token && !request.headers.has('Authorization')) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('Authorization')) {
        session.clear();
        onUnauthorized();
      }
      return response;
    },
  };
}

export const API_CLIENT = new InjectionToken<ApiClient>('API_CLIENT', {
  providedIn: 'root',
  factory: () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    // Relative base URL: the gateway serves the console and the API on the same origin.
    const client = createClient<paths>({ baseUrl: '' });
    client.use(
      authMiddleware(session, () => {
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl } });
      }),
    );
    return client;
  },
});
