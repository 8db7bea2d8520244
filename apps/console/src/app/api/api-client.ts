import { inject, InjectionToken } from '@angular/core';
import { Router } from '@angular/router';
import createClient, { type Client } from 'openapi-fetch';
import { SessionStore } from '../core/auth/session.store';
import { authMiddleware } from './auth.middleware';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export const API_CLIENT = new InjectionToken<ApiClient>('API_CLIENT', {
  providedIn: 'root',
  factory: () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    // Relative base URL: the gateway serves the console and the API on the same origin.
    const client = createClient<paths>({ baseUrl: '' });
    client.use(
      authMiddleware(session, () => {
        const returnUrl = router.url.startsWith('/login')
          ? undefined
          : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl } });
      }),
    );
    return client;
  },
});
