import { createHmac } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mysqlTestUrl, dropMysqlDatabase } from '../libs/persistence/src/lib/testing/mysql-test-url';
import { ADMIN_PASSWORD, Api, files, ROOT, startSystem, System } from './support/system';
import { jpegImage, pngClaiming, pngImage } from './support/images';

function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, String(f))).isFile()).length;
  } catch {
    return 0;
  }
}

const databases: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite (embedded default)', async () => ''],
  ['MariaDB', mysqlTestUrl],
];

describe.each(databases)('REST through the gateway on %s', (kind, makeUrl) => {
  let system: System | undefined;
  let databaseUrl: string | undefined;
  let admin: Api;
  let anonymous: Api;

  beforeAll(async () => {
    databaseUrl = await makeUrl();
    if (databaseUrl === undefined) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    system = await startSystem(databaseUrl ? { DATABASE_URL: databaseUrl } : {});
    anonymous = new Api(system.baseUrl);
    admin = await anonymous.login('admin', ADMIN_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    if (databaseUrl) {
      await dropMysqlDatabase(databaseUrl);
    }
  });

  const it_ = (name: string, fn: () => Promise<void>) => it(name, async () => (system ? fn() : undefined));

  it_('reports every service up, and the database kind in /system', async () => {
    const health = await anonymous.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', services: { camera: 'up', inference: 'up', training: 'up', history: 'up' }, database: 'up' });
    const info = await admin.request('GET', '/system');
    expect(info.status).toBe(200);
    expect(info.body.database).toBe(databaseUrl ? 'mariadb' : 'sqlite');
    expect(info.body.storage).toBe('local');
    expect(info.body.mlBackend).toBe('wasm');
  });

  it_('closes every route but health, login and docs to anonymous callers', async () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'apps/gateway/openapi.json'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const uuid = '00000000-0000-4000-8000-000000000000';
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const route = path.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, uuid);
        const response = await anonymous.request(method.toUpperCase(), route, method === 'get' || method === 'delete' ? undefined : {});
        if (route === '/health' || route === '/auth/login') {
          expect(response.status).not.toBe(401);
        } else {
          expect({ route, method, status: response.status }).toEqual({ route, method, status: 401 });
          expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);

    // Tokens the gateway did not sign as they are: another key, no signature ("alg": "none"), a changed role, expired.
    const valid = (await anonymous.request('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.accessToken as string;
    const [, payload] = valid.split('.');
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const sign = (header: object, body: object, key: string) =>
      `${encode(header)}.${encode(body)}.${createHmac('sha256', key).update(`${encode(header)}.${encode(body)}`).digest('base64url')}`;
    const forged = [
      sign({ alg: 'HS256', typ: 'JWT' }, claims, 'not the secret'),
      `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`,
      `${valid.split('.')[0]}.${encode({ ...claims, role: 'admin', sub: 'someone-else' })}.${valid.split('.')[2]}`,
      `${valid.split('.')[0]}.${encode({ ...claims, exp: 1 })}.${valid.split('.')[2]}`,
    ];
    for (const token of forged) {
      const response = await anonymous.withToken(token).request('GET', '/projects');
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/invalid or has expired/);
    }
    expect((await anonymous.withToken(valid).request('GET', '/projects')).status).toBe(200);

    const docs = await fetch(`${system?.baseUrl}/api/docs-json`);
    expect(docs.status).toBe(200);
    expect((await docs.json()).paths['/api/v1/projects']).toBeDefined();
  });

  it_('uploads, dedupes, browses, filters and labels images', async () => {
    const project = await admin.request('POST', '/projects', { name: `digits ${kind}`, labels: ['zero', 'one'] });
    expect(project.status).toBe(201);
    const id = project.body.id;

    const a = await pngImage(28, 28, 1);
    const b = await jpegImage(40, 30, 2);
    const first = await admin.request('POST', `/projects/${id}/images`, files({ name: 'a.png', content: a }, { name: 'b.jpg', content: b }));
    expect(first.status).toBe(201);
    expect(first.body).toHaveLength(2);
    expect(first.body[0]).toMatchObject({ projectId: id, width: 28, height: 28, mime: 'image/png', size: a.length, label: null, duplicate: false, source: 'upload' });
    expect(first.body[1]).toMatchObject({ width: 40, height: 30, mime: 'image/jpeg' });

    const again = await admin.request('POST', `/projects/${id}/images`, files({ name: 'copy-of-a.png', content: a }));
    expect(again.body[0]).toMatchObject({ id: first.body[0].id, duplicate: true });
    expect((await admin.request('GET', `/projects/${id}`)).body.imageCount).toBe(2);

    const labeled = await admin.request('POST', `/projects/${id}/images`, (() => {
      const form = new FormData();
      form.append('label', 'one');
      return form;
    })());
    expect(labeled.status).toBe(400);

    const form = files({ name: 'c.png', content: await pngImage(28, 28, 3) });
    form.append('label', 'one');
    const withLabel = await admin.request('POST', `/projects/${id}/images`, form);
    expect(withLabel.status).toBe(201);
    expect(withLabel.body[0].label).toBe('one');

    const page = await admin.request('GET', `/projects/${id}/images?pageSize=2&page=1`);
    expect(page.body.total).toBe(3);
    expect(page.body.items).toHaveLength(2);
    expect((await admin.request('GET', `/projects/${id}/images?labeled=true`)).body.total).toBe(1);
    expect((await admin.request('GET', `/projects/${id}/images?labeled=false`)).body.total).toBe(2);
    expect((await admin.request('GET', `/projects/${id}/images?label=one`)).body.items[0].id).toBe(withLabel.body[0].id);
    expect((await admin.request('GET', `/projects/${id}/images?from=2999-01-01T00:00:00Z`)).body.total).toBe(0);
    expect((await admin.request('GET', `/projects/${id}/images?from=2000-01-01T00:00:00Z`)).body.total).toBe(3);

    const content = await admin.request('GET', `/images/${first.body[0].id}/content`);
    expect(content.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(content.body, a)).toBe(0);
    const thumbnail = await admin.request('GET', `/images/${first.body[1].id}/thumbnail`);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');

    const label = await admin.request('PUT', `/images/${first.body[0].id}/label`, { label: 'zero' });
    expect(label.status).toBe(200);
    expect(label.body.label).toBe('zero');
    await admin.request('PUT', `/images/${first.body[0].id}/label`, { label: 'one' });
    const history = await admin.request('GET', `/images/${first.body[0].id}/labels`);
    expect(history.body.labels.map((l: { label: string; origin: string }) => `${l.label}/${l.origin}`)).toEqual(['one/review', 'zero/review']);
    expect(history.body.labels[0].author).toBe('admin');

    const wrongLabel = await admin.request('PUT', `/images/${first.body[0].id}/label`, { label: 'seven' });
    expect(wrongLabel.status).toBe(400);
    expect(wrongLabel.body.message).toMatch(/not one of the project's labels/);
    const extra = await admin.request('PUT', `/images/${first.body[0].id}/label`, { label: 'one', extra: 1 });
    expect(extra.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'property extra should not exist' });
  });

  it_('rejects bad uploads with a 4xx and a reason, and stores nothing', async () => {
    const project = await admin.request('POST', '/projects', { name: `bad input ${kind}`, labels: ['x'] });
    const id = project.body.id;
    const blobs = join((system as System).dataDir, 'blobs');
    const before = countFiles(blobs);
    const jpeg = await jpegImage(64, 64, 5);
    const cases: Array<[string, FormData, number, RegExp]> = [
      ['empty file', files({ name: 'empty.png', content: Buffer.alloc(0) }), 400, /empty/],
      ['text renamed .png', files({ name: 'notes.png', content: Buffer.from('hello, this is text') }), 415, /not an image/],
      ['truncated JPEG', files({ name: 'cut.jpg', content: jpeg.subarray(0, Math.floor(jpeg.length / 2)) }), 400, /does not decode/],
      ['random bytes', files({ name: 'noise.bin', content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)) }), 415, /not an image/],
      ['PNG claiming 30000×30000', files({ name: 'bomb.png', content: pngClaiming(30000, 30000) }), 413, /pixel/],
      ['60 MB file', files({ name: 'huge.png', content: Buffer.alloc(60 * 1024 * 1024, 1) }), 413, /limit/],
      ['wrong field name', files({ name: 'a.png', content: jpeg, field: 'image' }), 400, /Unexpected file field/],
      ['no file at all', new FormData(), 400, /no files/],
      ['one bad file among good ones', files({ name: 'good.jpg', content: jpeg }, { name: 'bad.png', content: Buffer.from('nope') }), 415, /bad\.png/],
    ];
    for (const [name, form, status, message] of cases) {
      const response = await admin.request('POST', `/projects/${id}/images`, form);
      expect({ name, status: response.status }).toEqual({ name, status });
      expect(response.body.message).toMatch(message);
    }
    const json = await admin.request('POST', `/projects/${id}/images`, { file: 'x' });
    expect(json.status).toBe(400);
    expect((await admin.request('GET', `/projects/${id}/images`)).body.total).toBe(0);
    expect(countFiles(blobs)).toBe(before);
    expect((await admin.request('GET', '/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.request('GET', '/images/not-a-uuid')).body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'id must be a UUID' });
    expect((await admin.request('POST', '/projects', { name: '' })).status).toBe(400);
    expect((await admin.request('POST', '/projects', { name: 'x', labels: 'not-a-list' })).status).toBe(400);
    expect((await admin.request('POST', '/projects', { name: `bad input ${kind}` })).status).toBe(409);
  });

  it_('gives viewers read access only, and API keys work until revoked', async () => {
    expect((await admin.request('POST', '/users', { username: `viewer-${Date.now()}`, password: 'viewer-password', role: 'viewer' })).status).toBe(201);
    const users = await admin.request('GET', '/users');
    const viewerName = users.body.find((u: { role: string }) => u.role === 'viewer').username;
    const viewer = await anonymous.login(viewerName, 'viewer-password');
    expect((await viewer.request('GET', '/projects')).status).toBe(200);
    const denied = await viewer.request('POST', '/projects', { name: 'nope' });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/operator/);
    expect((await viewer.request('GET', '/users')).status).toBe(403);

    const created = await admin.request('POST', '/api-keys', { name: 'script', role: 'operator' });
    expect(created.status).toBe(201);
    const keyed = anonymous.withApiKey(created.body.key);
    expect((await keyed.request('POST', '/projects', { name: `from a key ${kind}` })).status).toBe(201);
    const listed = await admin.request('GET', '/api-keys');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect((await admin.request('DELETE', `/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await keyed.request('GET', '/projects')).status).toBe(401);
    expect((await anonymous.request('POST', '/auth/login', { username: 'admin', password: 'wrong' })).status).toBe(401);
  });

  it_('manages cameras, captures an HTTP snapshot into history and never returns camera passwords', async () => {
    const frame = await jpegImage(32, 24, 9);
    let requests = 0;
    let authorization = '';
    const server: Server = createServer((request, response) => {
      requests++;
      authorization = request.headers.authorization ?? '';
      response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(frame);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const project = await admin.request('POST', '/projects', { name: `cameras ${kind}` });
      const camera = await admin.request('POST', `/projects/${project.body.id}/cameras`, {
        name: 'line 3',
        kind: 'http-snapshot',
        url: `http://cam:s3cret@127.0.0.1:${port}/snapshot.jpg`,
        // Hourly: its first scheduled capture (at its own phase of the hour) cannot add to the one request counted here.
        schedule: { everySeconds: 3600 },
      });
      expect(camera.status).toBe(201);
      expect(camera.body.url).toBe(`http://cam:***@127.0.0.1:${port}/snapshot.jpg`);
      expect(camera.body.schedule).toEqual({ everySeconds: 3600 });
      const capture = await admin.request('POST', `/cameras/${camera.body.id}/capture`);
      expect(capture.status).toBe(201);
      expect(requests).toBe(1);
      expect(authorization).toBe(`Basic ${Buffer.from('cam:s3cret').toString('base64')}`);
      const image = await admin.request('GET', `/images/${capture.body.imageId}`);
      expect(image.body).toMatchObject({ source: 'camera', sourceId: camera.body.id, width: 32, height: 24 });
      const after = await admin.request('GET', `/cameras/${camera.body.id}`);
      expect(after.body).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
      expect(JSON.stringify(await admin.request('GET', `/projects/${project.body.id}/cameras`))).not.toContain('s3cret');
      expect((await admin.request('POST', `/projects/${project.body.id}/cameras`, { name: 'x', kind: 'toaster' })).status).toBe(400);
      expect((await admin.request('POST', `/projects/${project.body.id}/cameras`, { name: 'x', kind: 'rtsp', url: 'http://x' })).status).toBe(400);
      expect((await admin.request('POST', `/projects/${project.body.id}/cameras`, { name: 'x', kind: 'http-snapshot', url: 'http://x', schedule: { cron: 'not cron' } })).status).toBe(400);
      const broken = await admin.request('POST', `/projects/${project.body.id}/cameras`, { name: 'dead', kind: 'http-snapshot', url: 'http://127.0.0.1:9/x.jpg' });
      const failed = await admin.request('POST', `/cameras/${broken.body.id}/capture`);
      expect(failed.status).toBe(503);
      expect((await admin.request('GET', `/cameras/${broken.body.id}`)).body).toMatchObject({ status: 'failing', consecutiveFailures: 1 });
      expect((await admin.request('DELETE', `/cameras/${broken.body.id}`)).status).toBe(204);
      expect((await admin.request('GET', `/cameras/${broken.body.id}`)).status).toBe(404);
      expect((await admin.request('DELETE', `/projects/${project.body.id}`)).status).toBe(204);
      expect((await admin.request('GET', `/cameras/${camera.body.id}`)).status).toBe(404);
      expect((await admin.request('GET', `/images/${capture.body.imageId}`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it_('answers 409 to predict while the project has no production model, and lists no models', async () => {
    const project = await admin.request('POST', '/projects', { name: `predict ${kind}`, labels: ['a', 'b'] });
    const predict = await admin.request('POST', `/projects/${project.body.id}/predict`, files({ name: 'a.png', content: await pngImage(8, 8) }));
    expect(predict.status).toBe(409);
    expect(predict.body.message).toMatch(/no production model/);
    expect((await admin.request('GET', `/projects/${project.body.id}/models`)).body).toEqual([]);
  });

  it_('exposes Prometheus metrics labelled by route', async () => {
    const metrics = await admin.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/sightline_http_requests_total\{method="POST",route="\/api\/v1\/projects",status="201"/);
  });
});
