import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobNotFoundError, imageKey, LocalBlobStore, thumbnailKey, type BlobStore } from './blob-store';
import { createBlobStore } from './blob-store-factory';
import { BlobStoreUnavailableError, parseS3Url, S3BlobStore } from './s3-blob-store';
import { startS3TestServer, type S3TestServer } from './testing/s3-test-server';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) {
    parts.push(Buffer.from(chunk as Buffer));
  }
  return Buffer.concat(parts);
}

const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** The same cases for every BlobStore: what history, training and inference rely on. */
function contract(name: string, open: () => Promise<BlobStore | undefined>) {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore | undefined;
    // Starting the S3 server takes a few seconds, more on a loaded machine.
    beforeAll(async () => {
      store = await open();
    }, 60_000);
    const s = () => store as BlobStore;
    const it_ = (title: string, body: () => Promise<void>) => it(title, async () => (store ? body() : undefined), 30_000);

    it_('puts and gets a content-addressed image under DESIGN.md’s key', async () => {
      const content = randomBytes(3000);
      const key = imageKey(sha(content), 'png');
      expect(key).toMatch(/^images\/[0-9a-f]{2}\/[0-9a-f]{64}\.png$/);
      await s().put(key, content);
      expect((await s().get(key)).equals(content)).toBe(true);
      expect(await s().exists(key)).toBe(true);
    });

    it_('streams a blob of several megabytes back byte for byte', async () => {
      const content = randomBytes(3 * 1024 * 1024 + 17);
      await s().put('models/m-stream/weights.bin', content);
      const streamed = await readAll(s().stream('models/m-stream/weights.bin'));
      expect(streamed.length).toBe(content.length);
      expect(sha(streamed)).toBe(sha(content));
    });

    it_('round-trips every byte value and an empty blob', async () => {
      const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      await s().put('binary/every-byte.bin', every);
      expect((await s().get('binary/every-byte.bin')).equals(every)).toBe(true);
      await s().put('binary/empty.bin', Buffer.alloc(0));
      expect((await s().get('binary/empty.bin')).length).toBe(0);
      expect(await s().exists('binary/empty.bin')).toBe(true);
    });

    it_('overwrites a key with the newest content', async () => {
      await s().put('x/y.bin', Buffer.alloc(1024, 1));
      await s().put('x/y.bin', Buffer.alloc(2048, 2));
      const read = await s().get('x/y.bin');
      expect(read.length).toBe(2048);
      expect(read.every((b) => b === 2)).toBe(true);
    });

    it_('keeps keys with slashes, dots and odd characters apart', async () => {
      const keys = [thumbnailKey('cd'.repeat(32)), 'models/0b6c/model.json', 'models/0b6c/weights.bin', 'a/b/c/d/e.txt', 'odd/na me+plus(1)&é.txt', 'odd/na%20me.txt'];
      await Promise.all(keys.map((key) => s().put(key, Buffer.from(`content of ${key}`))));
      for (const key of keys) {
        expect((await s().get(key)).toString()).toBe(`content of ${key}`);
      }
      expect(await s().exists('a/b/c/d')).toBe(false);
      expect(await s().exists('models/0b6c')).toBe(false);
    });

    it_('reports a missing key as BlobNotFoundError from get and stream, false from exists', async () => {
      await expect(s().get('nope/never-written.png')).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await s().exists('nope/never-written.png')).toBe(false);
      const read = readAll(s().stream('nope/never-written.png'));
      await expect(read).rejects.toThrow(s().kind === 's3' ? BlobNotFoundError : /ENOENT/);
    });

    it_('deletes, and deleting what is not there is no error', async () => {
      await s().put('gone/soon.bin', Buffer.from('x'));
      await s().delete('gone/soon.bin');
      expect(await s().exists('gone/soon.bin')).toBe(false);
      await expect(s().get('gone/soon.bin')).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(s().delete('gone/soon.bin')).resolves.toBeUndefined();
    });

    it_('refuses keys that would escape the store', async () => {
      await expect(s().put('../outside', Buffer.from('x'))).rejects.toThrow(/escape/);
      await expect(s().get('images/../../outside')).rejects.toThrow(/escape/);
    });
  });
}

const root = mkdtempSync(join(tmpdir(), 'blobs-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
contract('local folder', async () => new LocalBlobStore(root));

let server: S3TestServer | undefined;
let unavailable = '';
const ready = (async () => {
  const started = await startS3TestServer();
  if ('unavailable' in started) {
    unavailable = started.unavailable;
    console.warn(`S3 blob store tests skipped: ${started.unavailable}`);
    return undefined;
  }
  server = started;
  return started;
})();
afterAll(async () => server?.stop());

const bucket = () => `sightline-test-${randomBytes(4).toString('hex')}`;
function s3Store(url: string, options = {}): S3BlobStore {
  return new S3BlobStore(parseS3Url(url), { accessKeyId: (server as S3TestServer).accessKeyId, secretAccessKey: (server as S3TestServer).secretAccessKey }, options);
}

// The bucket does not exist yet: the first write creates it.
contract('S3', async () => ((await ready) ? s3Store(`s3://${bucket()}/prefix/inner?endpoint=${(await ready)?.endpoint}&region=us-east-1`) : undefined));

describe('S3BlobStore against a real S3-compatible server', () => {
  beforeAll(async () => {
    await ready;
  }, 60_000);
  const it_ = (title: string, body: () => Promise<void>) => it(title, async () => (server ? body() : console.warn(`skipped: ${unavailable}`)), 30_000);

  it_('keeps a store’s keys under its prefix, in the bucket the URL names', async () => {
    const name = bucket();
    const inner = s3Store(`s3://${name}/tenant-a?endpoint=${server?.endpoint}`);
    const whole = s3Store(`s3://${name}?endpoint=${server?.endpoint}`);
    await inner.put('images/ab/x.png', Buffer.from('under the prefix'));
    expect((await whole.get('tenant-a/images/ab/x.png')).toString()).toBe('under the prefix');
    expect(await whole.exists('images/ab/x.png')).toBe(false);
    // Through createBlobStore, the way the services build it.
    const created = createBlobStore(`s3://${name}/tenant-a?endpoint=${server?.endpoint}`, { s3Credentials: { accessKeyId: server?.accessKeyId ?? '', secretAccessKey: server?.secretAccessKey ?? '' } });
    expect(created.kind).toBe('s3');
    expect((await created.get('images/ab/x.png')).toString()).toBe('under the prefix');
  });

  it_('names the refusal when the credentials are wrong', async () => {
    const store = new S3BlobStore(parseS3Url(`s3://${bucket()}?endpoint=${server?.endpoint}`), { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'x' });
    await expect(store.put('a.bin', Buffer.from('x'))).rejects.toThrow(/403 InvalidAccessKeyId/);
  });
});

describe('S3BlobStore when the store cannot be reached', () => {
  const credentials = { accessKeyId: 'k', secretAccessKey: 's' };

  it('fails fast with a clear error when nothing listens at the endpoint', async () => {
    const probe = createServer();
    const port = await new Promise<number>((done) => probe.listen(0, '127.0.0.1', () => done((probe.address() as { port: number }).port)));
    await new Promise((done) => probe.close(done));
    const store = new S3BlobStore(parseS3Url(`s3://some-bucket?endpoint=http://127.0.0.1:${port}`), credentials, { timeoutMs: 2000 });
    const started = Date.now();
    const error = await store.get('images/ab/x.png').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobStoreUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`the blob store is unavailable: s3://some-bucket at http://127.0.0.1:${port}: ECONNREFUSED`));
    // Refused at once, three tries 200 + 400 ms apart: seconds at most even on a loaded machine, never a hang.
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(store.put('k', Buffer.from('x'))).rejects.toBeInstanceOf(BlobStoreUnavailableError);
    await expect(store.exists('k')).rejects.toBeInstanceOf(BlobStoreUnavailableError);
    await expect(readAll(store.stream('k'))).rejects.toBeInstanceOf(BlobStoreUnavailableError);
  }, 30_000);

  describe('a server that accepts connections and never answers', () => {
    let silent: Server;
    const sockets: Socket[] = [];
    let endpoint = '';
    beforeAll(async () => {
      silent = createServer((socket) => sockets.push(socket));
      await new Promise<void>((done) => silent.listen(0, '127.0.0.1', () => done()));
      endpoint = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((done) => silent.close(done));
    });

    it('gives up after its timeout and retries instead of hanging', async () => {
      const store = new S3BlobStore(parseS3Url(`s3://some-bucket?endpoint=${endpoint}`), credentials, { timeoutMs: 300, attempts: 2 });
      const started = Date.now();
      await expect(store.get('k')).rejects.toThrow(/the blob store is unavailable: .*no answer within 300 ms/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(600);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(sockets.length).toBeGreaterThanOrEqual(2);
    }, 30_000);
  });
});

describe('parseS3Url', () => {
  it('reads bucket, prefix, endpoint and region', () => {
    expect(parseS3Url('s3://photos/plant-7/line-2?endpoint=http://127.0.0.1:9000&region=eu-west-1')).toEqual({
      bucket: 'photos',
      prefix: 'plant-7/line-2',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
      pathStyle: true,
    });
    expect(parseS3Url('s3://photos')).toEqual({ bucket: 'photos', prefix: '', endpoint: 'https://s3.us-east-1.amazonaws.com', region: 'us-east-1', pathStyle: false });
  });

  it.each([
    ['s3://user:secret@photos', /must not carry credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
    ['s3://Photos_Bucket', /not a valid S3 bucket name/],
    ['s3://photos?endpoint=ftp://host', /endpoint must be http\(s\):\/\/host\[:port\]/],
    ['s3://photos?endpoint=http://host:9000/sub', /without a path/],
    ['s3://photos?endpont=http://host:9000', /unknown parameters: endpont/],
    ['s3://photos/a/../b', /not a valid key prefix/],
    ['file:/x', /must start with s3:\/\//],
  ])('refuses %s', (url, message) => {
    expect(() => parseS3Url(url)).toThrow(message);
  });

  it('says which variables are missing when createBlobStore gets no credentials', () => {
    expect(() => createBlobStore('s3://photos?endpoint=http://127.0.0.1:9000')).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set/);
  });
});
