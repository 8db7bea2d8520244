import { Controller } from '@nestjs/common';
import { GrpcMethod, GrpcStreamMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { from, Observable } from 'rxjs';
import { eachValueOf } from '@sightline/grpc';
import { ImportsService } from './imports.service';

@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Returns an Observable, not a Promise: Nest releases the buffered client stream only once the handler returns. */
  @GrpcStreamMethod('History', 'StartImport')
  startImport(chunks: Observable<HistoryV1.ImportChunk__Output>): Observable<HistoryV1.ImportJob> {
    return from(this.imports.start(eachValueOf(chunks)));
  }

  @GrpcMethod('History', 'GetImport')
  getImport(request: HistoryV1.ImportIdRequest__Output): Promise<HistoryV1.ImportJob> {
    return this.imports.get(request.id);
  }

  @GrpcMethod('History', 'ListImports')
  async listImports(request: HistoryV1.ListImportsRequest__Output): Promise<HistoryV1.ListImportsResponse> {
    return { imports: await this.imports.list(request.projectId) };
  }
}
