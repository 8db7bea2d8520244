import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Metadata, status } from '@grpc/grpc-js';
import { DomainError, ERROR_CODE_METADATA_KEY, isErrorCode } from '@sightline/contracts';
import { Observable, throwError } from 'rxjs';
import { toGrpcError } from './grpc-errors';
import { outageError } from './outage-errors';

/** The status a call ends with when its handler failed: code, details and, for a domain error, its code as a trailer. */
export interface CallStatus {
  code: status;
  message: string;
  metadata?: Metadata;
}

/** Domain errors become their gRPC status; anything else is logged and answered as a plain INTERNAL. */
export function callStatusOf(exception: unknown, logger: Logger): CallStatus {
  if (exception instanceof DomainError) {
    return toGrpcError(exception);
  }
  // The database gone or locked, the disk full: the caller gets the reason and may retry; the process stays up.
  const outage = outageError(exception);
  if (outage) {
    return toGrpcError(outage);
  }
  // A domain error from a service this one called: pass it on unchanged.
  const upstream = exception as { code?: unknown; details?: unknown; metadata?: unknown };
  if (upstream.metadata instanceof Metadata && isErrorCode(upstream.metadata.get(ERROR_CODE_METADATA_KEY)[0])) {
    const code = upstream.metadata.get(ERROR_CODE_METADATA_KEY)[0];
    return toGrpcError(new DomainError(code as never, String(upstream.details)));
  }
  if (upstream.code === status.UNAVAILABLE || upstream.code === status.DEADLINE_EXCEEDED) {
    return { code: status.UNAVAILABLE, message: `a service this one depends on is unavailable: ${String(upstream.details)}` };
  }
  logger.error(`Unexpected error: ${exception instanceof Error ? exception.stack : String(exception)}`);
  return { code: status.INTERNAL, message: 'Internal error' };
}

@Catch()
export class GrpcExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('GrpcExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    void host;
    return throwError(() => callStatusOf(exception, this.logger));
  }
}
