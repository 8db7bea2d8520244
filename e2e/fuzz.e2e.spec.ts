import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jpegImage, pngClaiming, pngImage } from './support/images';
import { ADMIN_PASSWORD, Api, files, ROOT, startSystem, System } from './support/system';
import { seededRandom } from './support/random';

/**
 * Hostile input over every REST route of the OpenAPI document: random and boundary values for every path,
 * query and body field, wrong types, huge strings, unicode, path traversal, SQL and HTML, broken JSON, and
 * corrupt images (bit flips, truncations, lying headers) for every upload. No answer may be a 5xx, no service
 * may crash, no file may appear outside the data folder, and text that was stored comes back verbatim.
 * FUZZ_SEED replays a run; FUZZ_ROUNDS sets the requests per route.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}

interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261125);
const ROUNDS = Number(process.env['FUZZ_ROUNDS'] ?? 12);
// Every name the fuzzer makes up carries this mark, so a stray file is easy to find.
const MARK = 'fuzzmark';

const random = seededRandom(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const chance = (p: number) => random() < p;

/** A well-formed v4 UUID from the seeded generator: an id that exists nowhere. */
function uuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const NASTY_STRINGS = [
  '',
  ' ',
  `../../../../tmp/${MARK}`,
  `..\\..\\${MARK}`,
  `${MARK}\u0000.png`,
  "' OR '1'='1' --",
  `'); DROP TABLE image; -- ${MARK}`,
  `<script>alert("${MARK}")</script>`,
  `<img src=x onerror=alert(1)> ${MARK}`,
  'ü💥𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e fdp.exe',
  '%00%2e%2e%2f',
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  'NaN',
  '-0',
  'x'.repeat(300),
  'y'.repeat(100_000),
  '\n\r\t',
];
const NASTY_NUMBERS = [0, -1, 1, 0.5, -0.0001, 1e9, -1e9, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e308];

function nastyValue(depth = 0): unknown {
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(NASTY_NUMBERS);
    case 1:
      return null;
    case 2:
      return chance(0.5);
    case 3:
      return depth > 2 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => nastyValue(depth + 1));
    case 4:
      return depth > 2 ? {} : { [pick(NASTY_STRINGS).slice(0, 40) || 'k']: nastyValue(depth + 1), __proto__x: 1, constructor: 'x' };
    default:
      return pick(NASTY_STRINGS);
  }
}

function resolve(document: Document, schema: Schema): Schema {
  if (schema.$ref) {
    return resolve(document, document.components.schemas[schema.$ref.split('/').pop() as string]);
  }
  if (schema.allOf?.length) {
    return schema.allOf.reduce<Schema>((merged, part) => {
      const resolved = resolve(document, part);
      return { ...merged, ...resolved, properties: { ...merged.properties, ...resolved.properties } };
    }, {});
  }
  return schema;
}

/** A value that fits the schema more or less: sometimes right, often at a boundary, sometimes of the wrong type. */
function valueFor(document: Document, raw: Schema, depth = 0): unknown {
  const schema = resolve(document, raw);
  if (chance(0.3)) {
    return nastyValue(depth);
  }
  if (schema.enum?.length) {
    return chance(0.7) ? pick(schema.enum) : `${String(pick(schema.enum))}-not-one-of-them`;
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') {
        return chance(0.5) ? uuid() : pick(NASTY_STRINGS);
      }
      return chance(0.4) ? `${MARK}-${Math.floor(random() * 1e6)}` : pick(NASTY_STRINGS);
    case 'number':
    case 'integer':
      return pick(NASTY_NUMBERS);
    case 'boolean':
      return chance(0.8) ? chance(0.5) : 'true';
    case 'array':
      return depth > 2 ? [] : Array.from({ length: pick([0, 1, 3, 200]) }, () => valueFor(document, schema.items ?? {}, depth + 1));
    case 'object':
    default:
      if (!schema.properties || depth > 2) {
        return nastyValue(depth);
      }
      return objectFor(document, schema, depth + 1);
  }
}

function objectFor(document: Document, schema: Schema, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    // Required fields are usually there, optional ones half the time.
    if (chance(schema.required?.includes(name) ? 0.85 : 0.5)) {
      out[name] = valueFor(document, property, depth);
    }
  }
  if (chance(0.2)) {
    out[`${MARK}Unknown`] = nastyValue();
  }
  return out;
}

async function corruptImage(): Promise<Buffer> {
  const good = chance(0.5) ? await pngImage(32, 32, Math.floor(random() * 100)) : await jpegImage(32, 32, Math.floor(random() * 100));
  switch (Math.floor(random() * 6)) {
    case 0: {
      const flipped = Buffer.from(good);
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        flipped[Math.floor(random() * flipped.length)] ^= 1 << Math.floor(random() * 8);
      }
      return flipped;
    }
    case 1:
      return good.subarray(0, Math.floor(random() * good.length));
    case 2:
      return pngClaiming(pick([1, 65_535, 100_000, 2 ** 31 - 1]), pick([1, 65_535, 100_000]));
    case 3:
      return Buffer.from(pick(NASTY_STRINGS));
    case 4:
      return Buffer.concat([good.subarray(0, 16), Buffer.alloc(Math.floor(random() * 4096), 0xff)]);
    default:
      return good;
  }
}

async function multipartFor(document: Document, schema: Schema): Promise<FormData> {
  const resolved = resolve(document, schema);
  const form = new FormData();
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const field = resolve(document, property);
    const isFile = field.format === 'binary' || field.items?.format === 'binary';
    if (isFile) {
      const count = field.type === 'array' ? pick([0, 1, 2, 5]) : chance(0.85) ? 1 : 0;
      for (let i = 0; i < count; i++) {
        const filename = chance(0.5) ? `${MARK}-${i}.png` : `${pick(NASTY_STRINGS).slice(0, 200)}${MARK}.png`;
        const type = pick(['image/png', 'image/jpeg', 'application/zip', 'text/html', 'application/octet-stream']);
        form.append(name, new Blob([new Uint8Array(await corruptImage())], { type }), filename);
      }
    } else if (chance(0.7)) {
      form.append(name, String(valueFor(document, field)));
    }
  }
  if (chance(0.2)) {
    form.append(`${MARK}-unexpected`, new Blob([new Uint8Array(await corruptImage())]), `${MARK}.png`);
  }
  return form;
}

/** Files whose names carry the fuzzer's mark, under a folder, skipping what it should not walk. */
function markedFiles(dir: string, skip: (path: string) => boolean, depth = 0): string[] {
  if (depth > 6 || skip(dir)) {
    return [];
  }
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry);
    if (entry.includes(MARK)) {
      found.push(path);
    }
    try {
      if (statSync(path).isDirectory()) {
        found.push(...markedFiles(path, skip, depth + 1));
      }
    } catch {
      // Vanished while walking.
    }
  }
  return found;
}

describe(`hostile input on every REST route (seed ${SEED}, ${ROUNDS} requests per route)`, () => {
  let system: System;
  let api: Api;
  let token: string;
  const known: Record<string, string> = {};

  beforeAll(async () => {
    system = await startSystem();
    token = (await new Api(system.baseUrl).request('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.accessToken;
    api = new Api(system.baseUrl).withToken(token);
    const project = (await api.request('POST', '/projects', { name: 'fuzzed', labels: ['a', 'b'] })).body;
    known['projects'] = project.id;
    const uploaded = (await api.request('POST', `/projects/${project.id}/images`, files({ name: 'a.png', content: await pngImage(16, 16, 5) }))).body;
    known['images'] = uploaded[0].id;
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers every request with a 2xx, 3xx or 4xx and a reason, and every service stays up', async () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'apps/gateway/openapi.json'), 'utf8')) as Document;
    const pidsBefore = ['history', 'camera', 'training', 'inference', 'gateway'].map((name) => system.childPid(name));
    const failures: string[] = [];
    let sent = 0;
    // Deletions go last, so the routes before them still find the known project and image.
    const operations = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })))
      .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const { path, method, operation } of operations) {
      // The live event stream never ends by itself; login is fuzzed too, but on its own rate limit.
      if (path.endsWith('/events')) {
        continue;
      }
      for (let round = 0; round < ROUNDS; round++) {
        const collection = path.split('/')[3];
        let url = path.replace(/\{([^}]+)\}/g, () => {
          const roll = random();
          if (roll < 0.4 && known[collection]) {
            return known[collection];
          }
          return encodeURIComponent(roll < 0.7 ? uuid() : pick(NASTY_STRINGS).slice(0, 2000));
        });
        const query = (operation.parameters ?? []).filter((p) => p.in === 'query' && chance(0.6));
        if (query.length) {
          url += `?${query.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(valueFor(document, p.schema ?? {})).slice(0, 20_000))}`).join('&')}`;
        }
        const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}` } };
        const content = operation.requestBody?.content ?? {};
        let shown = '';
        // A route that takes both gets either.
        const asMultipart = content['multipart/form-data'] && (!content['application/json'] || chance(0.5));
        if (asMultipart) {
          init.body = await multipartFor(document, content['multipart/form-data'].schema);
          shown = '(multipart)';
        } else if (content['application/json']) {
          const roll = random();
          const raw =
            roll < 0.08 ? '{"broken": ' : roll < 0.16 ? JSON.stringify(nastyValue()) : JSON.stringify(objectFor(document, resolve(document, content['application/json'].schema)));
          init.body = raw;
          (init.headers as Record<string, string>)['Content-Type'] = chance(0.9) ? 'application/json' : 'text/plain';
          shown = raw.slice(0, 300);
        }
        if (path.endsWith('/auth/login')) {
          delete (init.headers as Record<string, string>)['Authorization'];
        }
        sent++;
        let status: number;
        let body: string;
        try {
          const response = await fetch(`${system.baseUrl}${url}`, init);
          status = response.status;
          body = await response.text();
        } catch (error) {
          failures.push(`${method} ${url.slice(0, 300)} ${shown}: no answer (${(error as Error).message})`);
          continue;
        }
        if (status >= 500) {
          failures.push(`${method} ${url.slice(0, 300)} ${shown} → ${status} ${body.slice(0, 300)}`);
        } else if (status === 431 || status === 414) {
          // Node's HTTP parser refuses an over-long request line or headers itself, before any route: the status is the reason.
          continue;
        } else if (status >= 400) {
          const parsed = (() => {
            try {
              return JSON.parse(body) as { statusCode?: number; message?: unknown };
            } catch {
              return undefined;
            }
          })();
          if (parsed?.statusCode !== status || typeof parsed.message !== 'string' || parsed.message.length === 0) {
            failures.push(`${method} ${url.slice(0, 300)} ${shown} → ${status} without a reason: ${body.slice(0, 300)}`);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    if (failures.length > 0) {
      // What the services logged about them (the gateway logs every 5xx with its stack).
      failures.push(`--- service logs ---\n${system.logs().slice(-6000)}`);
    }
    expect(failures).toEqual([]);
    const health = await api.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(['history', 'camera', 'training', 'inference', 'gateway'].map((name) => system.childPid(name))).toEqual(pidsBefore);
  }, 600_000);

  it('wrote no file outside the data folder, whatever the names asked for', () => {
    const outside = [...markedFiles(tmpdir(), (path) => path.startsWith(system.dataDir)), ...markedFiles(ROOT, (path) => /node_modules|\.git$|\.nx/.test(path))];
    expect(outside).toEqual([]);
  });

  it('returns stored text verbatim, markup and all', async () => {
    const name = `<b>${MARK}</b> ' OR 1=1; -- ü💥 \u202e`;
    const labels = ['<script>alert(1)</script>', "'; DROP TABLE label; --", '𝔘𝔫𝔦'];
    const created = await api.request('POST', '/projects', { name, labels });
    expect(created.status).toBe(201);
    const read = await api.request('GET', `/projects/${created.body.id}`);
    expect(read.body).toMatchObject({ name, labels });
  });
});
