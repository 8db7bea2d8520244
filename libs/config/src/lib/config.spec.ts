import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toMatch(/^sqlite:.*data\/sightline\.db$/);
    expect(config.storageUrl).toMatch(/^file:.*data\/blobs$/);
    expect(config.services.history).toBe('127.0.0.1:50054');
    expect(config.maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(config.corsOrigins).toEqual([]);
  });

  it('parses numbers and lists from strings', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'http://a, http://b', DATABASE_URL: 'mysql://root@127.0.0.1:3306/x' });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['http://a', 'http://b']);
    expect(config.databaseUrl).toBe('mysql://root@127.0.0.1:3306/x');
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', HISTORY_GRPC_URL: 'nohost', ADMIN_PASSWORD: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT="eighty"');
    expect(problems).toContain('DATABASE_URL="postgres://x"');
    expect(problems).toContain('HISTORY_GRPC_URL="nohost"');
    expect(problems).toContain('ADMIN_PASSWORD');
    expect((error as ConfigError).problems).toHaveLength(4);
  });
});
