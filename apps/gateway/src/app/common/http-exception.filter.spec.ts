import { ArgumentsHost, BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { Metadata, status } from '@grpc/grpc-js';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { toGrpcError } from '@sightline/grpc';
import { HttpExceptionFilter, httpStatusForCode } from './http-exception.filter';

function run(exception: unknown): { status: number; body: unknown; headers: Record<string, string> } {
  const result = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const response = {
    headersSent: false,
    getHeader: (name: string) => result.headers[name],
    setHeader: (name: string, value: string) => (result.headers[name] = value),
    status(code: number) {
      result.status = code;
      return this;
    },
    json(body: unknown) {
      result.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ method: 'GET', url: '/api/v1/x', path: '/api/v1/x', headers: {} }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new HttpExceptionFilter({ maxUploadBytes: 1000 }).catch(exception, host);
  return result;
}

function serviceError(code: status, details: string, domain?: ErrorCode) {
  const metadata = new Metadata();
  if (domain) {
    metadata.set('sightline-error-code', domain);
  }
  return Object.assign(new Error(details), { code, details, metadata });
}

describe('HttpExceptionFilter', () => {
  it('answers a full prediction queue (RESOURCE_EXHAUSTED) with 429 and Retry-After', () => {
    const full = run(serviceError(status.RESOURCE_EXHAUSTED, 'the prediction queue is full', ErrorCode.TooManyRequests));
    expect(full).toEqual({
      status: 429,
      body: { statusCode: 429, error: 'Too Many Requests', message: 'the prediction queue is full' },
      headers: { 'Retry-After': '1' },
    });
  });

  it('maps every domain code to a 4xx (or 503 / 507), never a 500', () => {
    for (const code of Object.values(ErrorCode)) {
      const statusCode = httpStatusForCode(code);
      expect(statusCode === 503 || statusCode === 507 || (statusCode >= 400 && statusCode < 500)).toBe(true);
    }
  });

  it('answers a database outage with 503 and a full disk with 507, each with the reason', () => {
    const busy = run(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }));
    expect(busy.status).toBe(503);
    expect((busy.body as { message: string }).message).toMatch(/^the database is unavailable \(SQLITE_BUSY: database is locked\)/);
    const gone = run(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' }));
    expect(gone.status).toBe(503);
    const full = run(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    expect(full.status).toBe(507);
    expect(full.body).toEqual({ statusCode: 507, error: 'Insufficient Storage', message: expect.stringMatching(/^storage is full \(ENOSPC: no space left on device, write\)/) });
    expect(run(new Error('some bug')).status).toBe(500);
  });

  it('turns a domain error that crossed gRPC back into the same HTTP status', () => {
    for (const code of Object.values(ErrorCode)) {
      const grpc = toGrpcError(new DomainError(code, `because ${code}`));
      const out = run(Object.assign(new Error(grpc.message), { code: grpc.code, details: grpc.message, metadata: grpc.metadata }));
      expect(out.status).toBe(httpStatusForCode(code));
      expect(out.body).toEqual({ statusCode: out.status, error: expect.any(String), message: `because ${code}` });
    }
  });

  it('answers 503 with a reason when a service is down or slow', () => {
    expect(run(serviceError(status.UNAVAILABLE, 'No connection established')).status).toBe(503);
    expect(run(serviceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded')).body).toMatchObject({ statusCode: 503, message: expect.stringContaining('unavailable') });
    const named = Object.assign(serviceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded'), { callee: { service: 'inference', method: 'Predict' } });
    expect(run(named).body).toMatchObject({ message: 'the inference service, needed for GET /api/v1/x, is unavailable: Deadline exceeded' });
  });

  it("answers the body parsers' own errors with their 4xx and a reason", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, type: 'entity.too.large', limit: 102400 });
    expect(run(tooLarge).body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'the request body is larger than the 102400-byte limit' });
    const unsupported = Object.assign(new Error('unsupported charset "X"'), { status: 415, expose: true, type: 'charset.unsupported' });
    expect(run(unsupported).body).toMatchObject({ statusCode: 415, message: 'the request body could not be read: unsupported charset "X"' });
  });

  it('hides the details of unexpected errors behind a plain 500', () => {
    expect(run(new Error('secret stack')).body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(run(serviceError(status.INTERNAL, 'db password wrong')).body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
  });

  it('keeps Nest HTTP exceptions and explains multer size errors', () => {
    expect(run(new BadRequestException(['a must be x', 'b must be y'])).body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'a must be x; b must be y' });
    expect(run(new PayloadTooLargeException('File too large')).body).toMatchObject({ statusCode: 413, message: expect.stringContaining('1000-byte limit') });
  });
});
