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

  it('takes an s3:// store only with both keys, and names each missing one', () => {
    const url = 's3://sightline/blobs?endpoint=http://minio:9000&region=us-east-1';
    const config = loadConfig({ STORAGE_URL: url, S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(config.storageUrl).toBe(url);
    expect(config.s3Credentials).toEqual({ accessKeyId: 'id', secretAccessKey: 'secret' });
    const problems = (() => {
      try {
        loadConfig({ STORAGE_URL: url });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    })();
    expect(problems).toEqual([expect.stringMatching(/^S3_ACCESS_KEY_ID="": must be set when STORAGE_URL is s3/), expect.stringMatching(/^S3_SECRET_ACCESS_KEY="": must be set when STORAGE_URL is s3/)]);
    expect(() => loadConfig({ STORAGE_URL: 's3://user:pass@bucket' })).toThrow(/STORAGE_URL="s3:\/\/user:pass@bucket": must be file:<path> or s3:\/\/bucket/);
    expect(loadConfig({}).s3Credentials).toBeUndefined();
  });

  it('takes one gRPC address or several replicas behind one setting', () => {
    for (const target of ['inference:50052', 'dns:///inference:50052', 'dns:inference:50052', 'ipv4:10.0.0.5:50052,10.0.0.6:50052']) {
      expect(loadConfig({ INFERENCE_GRPC_URL: target }).services.inference).toBe(target);
    }
    for (const target of ['inference', 'http://inference:50052', 'ipv4:10.0.0.5:50052,', 'a:1 b:2']) {
      expect(() => loadConfig({ INFERENCE_GRPC_URL: target })).toThrow(/INFERENCE_GRPC_URL=.*must be host:port, dns:\/\/\/host:port or ipv4:host:port,host:port/);
    }
  });
});
