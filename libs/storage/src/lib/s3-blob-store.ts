import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { BlobNotFoundError, type BlobStore } from './blob-store';

/** Where an `s3://bucket/prefix?endpoint=…&region=…` URL points. */
export interface S3Location {
  bucket: string;
  /** Prepended to every key, without a trailing slash; empty for the bucket's root. */
  prefix: string;
  region: string;
  /** `http(s)://host[:port]`; AWS's regional endpoint when the URL names none. */
  endpoint: string;
  /** Path-style (`endpoint/bucket/key`, what MinIO and most S3-compatible servers expect) or virtual-hosted (`bucket.endpoint/key`, AWS). */
  pathStyle: boolean;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3Options {
  /** How long a request may wait for the answer's headers, and for each further chunk of its body. */
  timeoutMs?: number;
  /** Tries per request when the store cannot be reached or answers 5xx. */
  attempts?: number;
}

/** The store did not answer, or answered with a server error, after the retries: a 503 at the gateway, not a 500. */
export class BlobStoreUnavailableError extends DomainError {
  constructor(detail: string) {
    super(ErrorCode.Unavailable, `the blob store is unavailable: ${detail}`);
    this.name = 'BlobStoreUnavailableError';
  }
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{1,40}$/;
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

/** Parses `s3://bucket[/prefix][?endpoint=http://host:port][&region=…]`; throws naming what is wrong. */
export function parseS3Url(storageUrl: string): S3Location {
  let url: URL;
  try {
    url = new URL(storageUrl);
  } catch {
    throw new Error(`STORAGE_URL is not a URL: ${storageUrl}`);
  }
  if (url.protocol !== 's3:') {
    throw new Error(`STORAGE_URL must start with s3:// for the S3 store: ${storageUrl}`);
  }
  if (url.username || url.password) {
    throw new Error('STORAGE_URL must not carry credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) {
    throw new Error(`STORAGE_URL's bucket "${bucket}" is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)`);
  }
  // From the text itself: URL parsing would quietly resolve `a/../b`.
  const rawPath = storageUrl.slice('s3://'.length).split(/[?#]/)[0].split('/').slice(1).join('/');
  const prefix = decodeURIComponent(rawPath).replace(/^\/+|\/+$/g, '');
  if (prefix && !validKey(prefix)) {
    throw new Error(`STORAGE_URL's prefix "${prefix}" is not a valid key prefix`);
  }
  const known = new Set(['endpoint', 'region']);
  const unknown = [...url.searchParams.keys()].filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new Error(`STORAGE_URL has unknown parameters: ${unknown.join(', ')} (known: endpoint, region)`);
  }
  const region = url.searchParams.get('region') ?? 'us-east-1';
  if (!REGION.test(region)) {
    throw new Error(`STORAGE_URL's region "${region}" is not a region name`);
  }
  const endpointParam = url.searchParams.get('endpoint');
  if (endpointParam === null) {
    return { bucket, prefix, region, endpoint: `https://s3.${region}.amazonaws.com`, pathStyle: false };
  }
  let endpoint: URL;
  try {
    endpoint = new URL(endpointParam);
  } catch {
    throw new Error(`STORAGE_URL's endpoint "${endpointParam}" is not a URL`);
  }
  if (!['http:', 'https:'].includes(endpoint.protocol) || endpoint.username || endpoint.password || (endpoint.pathname !== '/' && endpoint.pathname !== '') || endpoint.search) {
    throw new Error(`STORAGE_URL's endpoint must be http(s)://host[:port] without a path or credentials: ${endpointParam}`);
  }
  return { bucket, prefix, region, endpoint: endpoint.origin, pathStyle: true };
}

/** S3's URI encoding: everything but unreserved characters, and `/` kept in paths. */
export function uriEncode(value: string, keepSlash: boolean): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) || (keepSlash && char === '/') ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function validKey(key: string): boolean {
  return key.length > 0 && Buffer.byteLength(key) <= 1024 && !key.split('/').some((part) => part === '' || part === '.' || part === '..') && !key.includes('\\');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export interface SignableRequest {
  method: string;
  url: URL;
  /** Headers to send and sign, beside host, x-amz-date and x-amz-content-sha256, which signing adds. */
  headers: Record<string, string>;
  payloadSha256: string;
}

/** AWS Signature Version 4 for S3 (header-based): returns every header to send, Authorization included. */
export function signV4(request: SignableRequest, credentials: S3Credentials, region: string, now: Date): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value.trim()])),
    host: request.url.host,
    'x-amz-content-sha256': request.payloadSha256,
    'x-amz-date': amzDate,
  };
  const names = Object.keys(headers).sort();
  const query = [...request.url.searchParams.entries()]
    .map(([name, value]) => [uriEncode(name, false), uriEncode(value, false)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonical = [request.method, request.url.pathname, query, ...names.map((name) => `${name}:${headers[name]}`), '', names.join(';'), request.payloadSha256].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical, 'utf8').digest('hex')].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(toSign, 'utf8').digest('hex');
  delete headers['host']; // fetch sets it from the URL, exactly as signed
  return { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}

interface S3Answer {
  status: number;
  body: Buffer;
  /** The `<Code>` of an S3 error document, when the answer is one. */
  code?: string;
  message?: string;
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Ceph, Garage…) over plain HTTP with SigV4, no SDK: PUT, GET, HEAD and
 * DELETE of objects, and PUT of the bucket the first time a write finds it missing.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private bucketCreated?: Promise<void>;

  constructor(
    readonly location: S3Location,
    private readonly credentials: S3Credentials,
    options: S3Options = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.attempts = options.attempts ?? 3;
  }

  async put(key: string, content: Buffer): Promise<void> {
    let answer = await this.request('PUT', key, content);
    if (answer.status === 404 && answer.code === 'NoSuchBucket') {
      await this.createBucket();
      answer = await this.request('PUT', key, content);
    }
    this.expectOk(answer, 'PUT', key);
  }

  async get(key: string): Promise<Buffer> {
    const answer = await this.request('GET', key);
    if (answer.status === 404) {
      throw new BlobNotFoundError(key);
    }
    this.expectOk(answer, 'GET', key);
    return answer.body;
  }

  /** Lazy: nothing is asked of the store until the stream is read. A missing key ends it with BlobNotFoundError. */
  stream(key: string): Readable {
    const chunks = async function* (store: S3BlobStore): AsyncGenerator<Buffer> {
      const response = await store.send('GET', key);
      if (response.status === 404) {
        await response.body?.cancel();
        throw new BlobNotFoundError(key);
      }
      if (!response.ok) {
        store.expectOk(await store.answer(response), 'GET', key);
      }
      yield* store.chunks(response, key);
    };
    return Readable.from(chunks(this), { objectMode: false });
  }

  async exists(key: string): Promise<boolean> {
    const answer = await this.request('HEAD', key);
    if (answer.status === 404) {
      return false;
    }
    this.expectOk(answer, 'HEAD', key);
    return true;
  }

  async delete(key: string): Promise<void> {
    const answer = await this.request('DELETE', key);
    // Deleting what is not there (or a bucket never written to) is done already.
    if (answer.status !== 404) {
      this.expectOk(answer, 'DELETE', key);
    }
  }

  /** `s3://bucket/prefix` with the endpoint, for messages (never the credentials). */
  describe(): string {
    return `s3://${this.location.bucket}${this.location.prefix ? `/${this.location.prefix}` : ''} at ${this.location.endpoint}`;
  }

  private createBucket(): Promise<void> {
    this.bucketCreated ??= (async () => {
      const { region } = this.location;
      const body = region === 'us-east-1' ? Buffer.alloc(0) : Buffer.from(`<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>${region}</LocationConstraint></CreateBucketConfiguration>`);
      const answer = await this.request('PUT', undefined, body);
      // Another replica may have created it a moment ago.
      if (answer.code !== 'BucketAlreadyOwnedByYou' && answer.code !== 'BucketAlreadyExists') {
        this.expectOk(answer, 'CreateBucket', this.location.bucket);
      }
    })().catch((error: unknown) => {
      this.bucketCreated = undefined;
      throw error;
    });
    return this.bucketCreated;
  }

  private url(key: string | undefined): URL {
    const { bucket, prefix, endpoint, pathStyle } = this.location;
    if (key !== undefined && !validKey(key)) {
      throw new Error(`Blob key is not valid for the store (empty, "." or ".." segments, or past 1024 bytes; ".." would escape the store): ${key}`);
    }
    const objectKey = key === undefined ? '' : uriEncode(prefix ? `${prefix}/${key}` : key, true);
    if (pathStyle) {
      return new URL(`${endpoint}/${bucket}${key === undefined ? '' : `/${objectKey}`}`);
    }
    const base = new URL(endpoint);
    return new URL(`${base.protocol}//${bucket}.${base.host}/${objectKey}`);
  }

  /** One request with its retries; the whole body read. */
  private async request(method: string, key: string | undefined, content?: Buffer): Promise<S3Answer> {
    const response = await this.send(method, key, content);
    return this.answer(response, key);
  }

  /** Sends a signed request, retrying when the store is unreachable or answers 5xx; returns once the headers are in. */
  private async send(method: string, key: string | undefined, content?: Buffer): Promise<Response> {
    const url = this.url(key);
    const payloadSha256 = content && content.length > 0 ? createHash('sha256').update(content).digest('hex') : EMPTY_SHA256;
    const headers: Record<string, string> = content && key !== undefined ? { 'content-type': 'application/octet-stream' } : {};
    let failure = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      try {
        const response = await fetch(url, {
          method,
          headers: signV4({ method, url, headers, payloadSha256 }, this.credentials, this.location.region, new Date()),
          // A Buffer's memory is a plain ArrayBuffer (never shared), which is what fetch takes.
          body: content && content.length > 0 ? (content as Uint8Array<ArrayBuffer>) : undefined,
          signal: controller.signal,
          // A redirect (a bucket in another region) is reported with S3's reason, not followed with a signature that no longer fits.
          redirect: 'manual',
        });
        if (response.status < 500) {
          return this.idleTimed(response, controller, timer);
        }
        failure = `${method} answered ${response.status}`;
        clearTimeout(timer);
        await response.body?.cancel();
      } catch (error) {
        clearTimeout(timer);
        failure = controller.signal.aborted ? `no answer within ${this.timeoutMs} ms` : describeFetchError(error);
      }
      if (attempt < this.attempts) {
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (attempt - 1)));
      }
    }
    throw new BlobStoreUnavailableError(`${this.describe()}: ${failure}`);
  }

  /** The timer that covered the headers now covers each chunk of the body: a stalled body fails instead of hanging. */
  private idleTimed(response: Response, controller: AbortController, first: NodeJS.Timeout): Response {
    clearTimeout(first);
    if (!response.body) {
      return response;
    }
    let timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      pull: async (sink) => {
        try {
          const { done, value } = await reader.read();
          clearTimeout(timer);
          if (done) {
            sink.close();
            return;
          }
          timer = setTimeout(() => controller.abort(), this.timeoutMs);
          sink.enqueue(value);
        } catch (error) {
          clearTimeout(timer);
          sink.error(controller.signal.aborted ? new BlobStoreUnavailableError(`${this.describe()}: the answer stalled for ${this.timeoutMs} ms`) : error);
        }
      },
      cancel: async (reason) => {
        clearTimeout(timer);
        await reader.cancel(reason);
      },
    });
    return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  private async *chunks(response: Response, key: string): AsyncGenerator<Buffer> {
    if (!response.body) {
      return;
    }
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          return;
        }
        yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      }
    } catch (error) {
      throw error instanceof BlobStoreUnavailableError ? error : new BlobStoreUnavailableError(`${this.describe()}: reading ${key} failed: ${describeFetchError(error)}`);
    }
  }

  private async answer(response: Response, key?: string): Promise<S3Answer> {
    const parts: Buffer[] = [];
    for await (const chunk of this.chunks(response, key ?? this.location.bucket)) {
      parts.push(chunk);
    }
    const body = Buffer.concat(parts);
    if (response.ok) {
      return { status: response.status, body };
    }
    const text = body.toString('utf8');
    return { status: response.status, body, code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(text)?.[1] };
  }

  private expectOk(answer: S3Answer, operation: string, key: string): void {
    if (answer.status >= 200 && answer.status < 300) {
      return;
    }
    throw new Error(`S3 ${operation} ${key} on ${this.describe()} failed: ${answer.status} ${answer.code ?? ''}${answer.message ? `: ${answer.message}` : ''}`.trim());
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${cause.code}${cause.message ? ` (${cause.message})` : ''}` : error instanceof Error ? error.message : String(error);
}
