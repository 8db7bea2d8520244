import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { StatsService } from './stats.service';

@Controller()
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @GrpcMethod('History', 'GetProjectStats')
  getProjectStats(request: HistoryV1.ProjectStatsRequest__Output): Promise<HistoryV1.ProjectStats> {
    return this.stats.project(request);
  }
}
