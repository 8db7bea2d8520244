import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { DomainError } from '@sightline/contracts';
import { Observable, throwError } from 'rxjs';
import { toGrpcError } from './grpc-errors';

/** Domain errors become their gRPC status; anything else is logged and answered as a plain INTERNAL. */
@Catch()
export class GrpcExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('GrpcExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    void host;
    if (exception instanceof DomainError) {
      return throwError(() => toGrpcError(exception));
    }
    this.logger.error(`Unexpected error: ${exception instanceof Error ? exception.stack : String(exception)}`);
    return throwError(() => ({ code: status.INTERNAL, message: 'Internal error' }));
  }
}
