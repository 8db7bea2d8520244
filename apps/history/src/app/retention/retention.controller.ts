import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { RetentionService } from './retention.service';

@Controller()
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @GrpcMethod('History', 'RunRetention')
  runRetention(request: HistoryV1.RetentionRequest__Output): Promise<HistoryV1.RetentionResult> {
    return this.retention.run(request);
  }
}
