import type { Middleware } from 'openapi-fetch';

/** What the middleware needs from the session: kept structural so it stays testable without Angular. */
export interface TokenSource {
  token(): string | null;
  clear(): void;
}

/** Adds the bearer token and ends the session when the gateway answers 401 to an authenticated call. */
export function authMiddleware(
  session: TokenSource,
  onUnauthorized: () => void,
): Middleware {
  return {
    onRequest({ request }) {
      const token = session.token();
      if (token && !request.headers.has('Authorization')) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
    onResponse({ request, response }) {
      // A 401 without a token is a failed login, which the login page reports itself.
      if (response.status === 401 && request.headers.has('Authorization')) {
        session.clear();
        onUnauthorized();
      }
      return response;
    },
  };
}
