import createClient from 'openapi-fetch';
import { authMiddleware, type TokenSource } from './auth.middleware';
import type { paths } from './schema';

function setup(token: string | null, status: number) {
  const seen: Request[] = [];
  const session: TokenSource & { cleared: number } = {
    cleared: 0,
    token: () => token,
    clear() {
      this.cleared++;
    },
  };
  const onUnauthorized = jest.fn();
  const client = createClient<paths>({
    baseUrl: 'http://console.test',
    fetch: async (request: Request) => {
      seen.push(request);
      return new Response(
        JSON.stringify({ statusCode: status, error: 'x', message: 'm' }),
        {
          status,
          headers: { 'Content-Type': 'application/json' },
        },
      );
    },
  });
  client.use(authMiddleware(session, onUnauthorized));
  return { client, seen, session, onUnauthorized };
}

describe('authMiddleware', () => {
  it('sends the session token as a bearer token', async () => {
    const { client, seen } = setup('abc.def', 200);
    await client.GET('/api/v1/projects');
    expect(seen[0].headers.get('Authorization')).toBe('Bearer abc.def');
  });

  it('sends no Authorization header without a session', async () => {
    const { client, seen } = setup(null, 200);
    await client.GET('/api/v1/health');
    expect(seen[0].headers.has('Authorization')).toBe(false);
  });

  it('ends the session and reports a 401 on an authenticated call', async () => {
    const { client, session, onUnauthorized } = setup('expired', 401);
    const result = await client.GET('/api/v1/projects');
    expect(result.response.status).toBe(401);
    expect(session.cleared).toBe(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed login (401 without a token) to the login page', async () => {
    const { client, session, onUnauthorized } = setup(null, 401);
    await client.POST('/api/v1/auth/login', {
      body: { username: 'a', password: 'b' },
    });
    expect(session.cleared).toBe(0);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
