import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, ENV_KEYS, loadConfig } from './config';

/**
 * docker/ cannot be run here (no Docker engine), so these checks read it: every app has an image target, compose
 * builds existing targets, and every variable compose gives an app is one the EnvSchema knows and accepts.
 */
const ROOT = resolve(__dirname, '../../../..');
const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
const composeText = readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string | number | boolean>;
  depends_on?: Record<string, unknown>;
}
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };

/** `${NAME:-default}` as compose substitutes it with NAME unset. */
function withDefaults(value: string | number | boolean): string {
  return String(value).replace(/\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g, (_, _name: string, fallback?: string) => fallback ?? '');
}

/** The stages of the Dockerfile, each with its lines. */
function stages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of dockerfile.split(/^(?=FROM )/m)) {
    const name = /^FROM \S+ AS (\S+)/.exec(part)?.[1];
    if (name) {
      found.set(name, part);
    }
  }
  return found;
}

const apps = readdirSync(join(ROOT, 'apps')).filter((name) => existsSync(join(ROOT, 'apps', name, 'project.json')));
// The console is static files the gateway serves: it ships inside the gateway image.
const servers = apps.filter((name) => name !== 'console');
const appServices = Object.entries(compose.services).filter(([, service]) => service.build);

describe('docker/Dockerfile', () => {
  it('has a target per server app that copies its build and runs it, and builds every app', () => {
    expect(servers.sort()).toEqual(['camera', 'gateway', 'history', 'inference', 'training']);
    const all = stages();
    for (const app of servers) {
      const stage = all.get(app);
      expect({ app, stage: stage !== undefined }).toEqual({ app, stage: true });
      expect(stage).toContain(`COPY --from=build /app/dist/apps/${app} ./dist/apps/${app}`);
      expect(stage).toContain(`CMD ["node", "dist/apps/${app}/main.js"]`);
      expect(stage).toMatch(/^USER node$/m);
    }
    expect(all.get('gateway')).toContain('COPY --from=build /app/dist/apps/console ./dist/apps/console');
    const built = /--projects=(\S+)/.exec(all.get('build') ?? '')?.[1].split(',') ?? [];
    expect(built.sort()).toEqual([...apps].sort());
  });
});

describe('docker/compose.yaml', () => {
  it('builds every server app from an existing Dockerfile target', () => {
    const targets = stages();
    expect(appServices.map(([name]) => name).sort()).toEqual([...servers].sort());
    for (const [name, service] of appServices) {
      const build = service.build as NonNullable<ComposeService['build']>;
      expect({ name, target: build.target }).toEqual({ name, target: name });
      expect(targets.has(build.target)).toBe(true);
      expect(existsSync(join(ROOT, 'docker', build.context, build.dockerfile))).toBe(true);
    }
  });

  it('gives the apps only variables the EnvSchema knows, with values it accepts', () => {
    for (const [name, service] of appServices) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, withDefaults(value)]));
      expect({ name, unknown: Object.keys(env).filter((key) => !ENV_KEYS.includes(key)) }).toEqual({ name, unknown: [] });
      let problems: string[] = [];
      try {
        loadConfig(env);
      } catch (error) {
        problems = error instanceof ConfigError ? error.problems : [String(error)];
      }
      expect({ name, problems }).toEqual({ name, problems: [] });
    }
  });

  it('points the apps at the MySQL and MinIO it runs, with MinIO’s credentials, and at services it defines', () => {
    const services = compose.services;
    for (const [name, service] of appServices) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, withDefaults(value)]));
      const config = loadConfig(env);
      expect(config.databaseUrl).toMatch(/^mysql:\/\/[^@]+@mysql:3306\//);
      const storage = new URL(config.storageUrl);
      expect(storage.protocol).toBe('s3:');
      expect(new URL(storage.searchParams.get('endpoint') ?? '').host).toBe('minio:9000');
      const minio = services['minio'].environment ?? {};
      expect(config.s3Credentials).toEqual({ accessKeyId: withDefaults(minio['MINIO_ROOT_USER']), secretAccessKey: withDefaults(minio['MINIO_ROOT_PASSWORD']) });
      for (const target of Object.values(config.services)) {
        const host = target.replace(/^dns:(\/\/[^/]*\/)?/, '').split(':')[0];
        expect({ name, target, defined: host in services }).toEqual({ name, target, defined: true });
      }
      expect(Object.keys(service.depends_on ?? {}).sort()).toEqual(['minio', 'mysql']);
    }
  });

  // `docker compose config` validates the file without an engine, where the compose plugin is installed (not on this machine's Debian).
  const composePlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;
  (composePlugin ? it : it.skip)('is valid for docker compose itself', () => {
    const result = spawnSync('docker', ['compose', '-f', join(ROOT, 'docker/compose.yaml'), 'config', '--quiet'], { encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
