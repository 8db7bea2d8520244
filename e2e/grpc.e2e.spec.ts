import { credentials, loadPackageDefinition, Metadata, ServiceError, status } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngImage } from './support/images';
import { ROOT, startSystem, System, waitFor } from './support/system';

type Unary = (request: object, metadata: Metadata, options: { deadline: Date }, callback: (error: ServiceError | null, reply?: any) => void) => void;

/** A raw @grpc/grpc-js client built from the same .proto files, as NestJS tests its own gRPC transport. */
function rawClient(proto: string, pkg: string, service: string, address: string): Record<string, Unary> {
  const definition = loadSync(join(ROOT, 'proto', `${proto}.proto`), { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
  let ns: any = loadPackageDefinition(definition);
  for (const part of pkg.split('.')) {
    ns = ns[part];
  }
  return new ns[service](address, credentials.createInsecure());
}

function call<T>(client: Record<string, Unary>, method: string, request: object): Promise<T> {
  return new Promise((resolve, reject) =>
    client[method].call(client, request, new Metadata(), { deadline: new Date(Date.now() + 5000) }, (error, reply) => (error ? reject(error) : resolve(reply as T))),
  );
}

describe('services over real gRPC, and the supervisor', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers the standard health check on every service', async () => {
    for (const name of ['history', 'camera', 'training', 'inference'] as const) {
      const health = rawClient('health', 'grpc.health.v1', 'Health', system.grpc[name]);
      expect(await call(health, 'Check', { service: '' })).toEqual({ status: 'SERVING' });
    }
  });

  it('stores and reads history directly over gRPC, with domain errors as gRPC statuses', async () => {
    const history = rawClient('history', 'sightline.history.v1', 'History', system.grpc.history);
    const project = await call<{ id: string; name: string; labels: string[] }>(history, 'CreateProject', { name: 'grpc direct', labels: ['a'] });
    expect(project).toMatchObject({ name: 'grpc direct', labels: ['a'] });
    const stored = await call<{ images: Array<{ id: string; width: number }> }>(history, 'StoreImages', {
      projectId: project.id,
      files: [{ content: await pngImage(10, 12), filename: 'x.png' }],
      label: 'a',
    });
    expect(stored.images[0]).toMatchObject({ width: 10, height: 12, label: 'a', source: 'upload' });
    const missing = await call(history, 'GetImage', { id: '00000000-0000-4000-8000-000000000000' }).catch((e: ServiceError) => e);
    expect((missing as ServiceError).code).toBe(status.NOT_FOUND);
    expect((missing as ServiceError).metadata.get('sightline-error-code')).toEqual(['NOT_FOUND']);
    const bad = await call(history, 'StoreImages', { projectId: project.id, files: [{ content: Buffer.from('text'), filename: 'x.png' }] }).catch((e: ServiceError) => e);
    expect((bad as ServiceError).code).toBe(status.INVALID_ARGUMENT);
    expect((bad as ServiceError).details).toMatch(/not an image/);

    const inference = rawClient('inference', 'sightline.inference.v1', 'Inference', system.grpc.inference);
    const predict = await call(inference, 'Predict', { projectId: project.id, content: await pngImage(4, 4) }).catch((e: ServiceError) => e);
    expect((predict as ServiceError).code).toBe(status.FAILED_PRECONDITION);
  });

  it('restarts a killed service and health recovers by itself; the gateway answers 503 meanwhile', async () => {
    const api = `${system.baseUrl}/api/v1`;
    const token = (await (await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'e2e-admin-password' }) })).json()).accessToken;
    const before = system.childPid('history');
    process.kill(before, 'SIGKILL');
    const started = Date.now();
    const down = await fetch(`${api}/projects`, { headers: { Authorization: `Bearer ${token}` } });
    expect(Date.now() - started).toBeLessThan(15_000);
    if (down.status !== 200) {
      expect(down.status).toBe(503);
      expect((await down.json()).message).toMatch(/unavailable/);
    }
    await waitFor('a new history process', async () => (system.childPid('history') !== before ? true : undefined), 30_000);
    await waitFor('health back to 200', async () => ((await fetch(`${api}/health`)).status === 200 ? true : undefined), 60_000);
    const after = await fetch(`${api}/projects`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).toBe(200);
    expect(system.logs()).toMatch(/history.*(restart|exit)/i);
  });

  it('stops every service when the supervisor itself is killed, leaving no orphans', async () => {
    const state = JSON.parse(readFileSync(join(system.dataDir, 'run', 'supervisor.json'), 'utf8')) as { supervisor: number; children: Record<string, number> };
    const children = Object.values(state.children);
    expect(children).toHaveLength(5);
    process.kill(state.supervisor, 'SIGKILL');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await waitFor('every service to exit', async () => (children.some(alive) ? undefined : true), 30_000);
  });
});
