import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { SightlineConfig } from '@sightline/config';
import { DomainError, ERROR_CODE_METADATA_KEY, ErrorCode, isErrorCode } from '@sightline/contracts';
import { calleeOf, outageError } from '@sightline/grpc';
import type { Request, Response } from 'express';

export function httpStatusForCode(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.InvalidArgument:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.AlreadyExists:
    case ErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case ErrorCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.PermissionDenied:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ErrorCode.InsufficientStorage:
      return HttpStatus.INSUFFICIENT_STORAGE;
  }
}

/** For a service that answered without a domain code (or did not answer at all). */
export function httpStatusForGrpc(code: status): number {
  switch (code) {
    case status.OK:
      return HttpStatus.OK;
    case status.INVALID_ARGUMENT:
    case status.OUT_OF_RANGE:
      return HttpStatus.BAD_REQUEST;
    case status.NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case status.ALREADY_EXISTS:
    case status.ABORTED:
    case status.FAILED_PRECONDITION:
      return HttpStatus.CONFLICT;
    case status.PERMISSION_DENIED:
      return HttpStatus.FORBIDDEN;
    case status.UNAUTHENTICATED:
      return HttpStatus.UNAUTHORIZED;
    case status.RESOURCE_EXHAUSTED:
      return HttpStatus.TOO_MANY_REQUESTS;
    case status.UNAVAILABLE:
    case status.DEADLINE_EXCEEDED:
    case status.CANCELLED:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case status.UNIMPLEMENTED:
      return HttpStatus.NOT_IMPLEMENTED;
    case status.UNKNOWN:
    case status.INTERNAL:
    case status.DATA_LOSS:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

/** An error of Express's body parsers (http-errors with `expose`): the client's fault, with its own 4xx status. */
function isBodyParserError(error: unknown): error is Error & { status: number; type?: string; limit?: number } {
  if (!(error instanceof Error) || (error as { expose?: unknown }).expose !== true) {
    return false;
  }
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function isServiceError(error: unknown): error is ServiceError {
  return typeof error === 'object' && error !== null && 'code' in error && 'metadata' in error && (error as ServiceError).metadata instanceof Metadata;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

/** Every error leaves as `{ statusCode, error, message }`; only our own faults are 5xx and they are logged with the request id. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(private readonly config: Pick<SightlineConfig, 'maxUploadBytes'>) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { statusCode, message } = this.describe(exception, request);
    if (statusCode >= 500 && statusCode !== 503 && statusCode !== 507) {
      this.logger.error(`[${String(request.headers['x-request-id'] ?? '-')}] ${request.method} ${request.url}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (statusCode === 429 && !response.getHeader('Retry-After')) {
      // A full prediction queue drains within about a second.
      response.setHeader('Retry-After', '1');
    }
    response.status(statusCode).json({ statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message });
  }

  private describe(exception: unknown, request: Request): { statusCode: number; message: string } {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: string | string[] }).message ?? exception.message;
      const message = Array.isArray(raw) ? raw.join('; ') : raw;
      if (exception.getStatus() === 413 && message === 'File too large') {
        return { statusCode: 413, message: `a file is larger than the ${this.config.maxUploadBytes}-byte limit (MAX_UPLOAD_BYTES)` };
      }
      return { statusCode: exception.getStatus(), message };
    }
    if (isBodyParserError(exception)) {
      const message =
        exception.type === 'entity.too.large' ? `the request body is larger than the ${exception.limit ?? '?'}-byte limit` : `the request body could not be read: ${exception.message}`;
      return { statusCode: exception.status, message };
    }
    if (exception instanceof DomainError) {
      return { statusCode: httpStatusForCode(exception.code), message: exception.message };
    }
    const outage = outageError(exception);
    if (outage) {
      return { statusCode: httpStatusForCode(outage.code), message: outage.message };
    }
    if (isServiceError(exception)) {
      const code = exception.metadata.get(ERROR_CODE_METADATA_KEY)[0];
      if (isErrorCode(code)) {
        return { statusCode: httpStatusForCode(code), message: exception.details };
      }
      const statusCode = httpStatusForGrpc(exception.code);
      if (statusCode === 503) {
        const callee = calleeOf(exception);
        const service = callee ? `the ${callee.service} service` : 'a service';
        return { statusCode, message: `${service}, needed for ${request.method} ${request.path}, is unavailable: ${exception.details}` };
      }
      return { statusCode, message: statusCode >= 500 ? 'Internal server error' : exception.details };
    }
    return { statusCode: 500, message: 'Internal server error' };
  }
}
