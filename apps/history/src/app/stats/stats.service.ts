import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { ProjectsService } from '../projects/projects.service';
import { StatsRepository } from './stats.repository';

const HOUR_MS = 3_600_000;

@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly projects: ProjectsService,
  ) {}

  /** Images and predictions per hour over the last `hours` (every hour listed, empty ones too), labels, totals. */
  async project(request: HistoryV1.ProjectStatsRequest__Output): Promise<{ hours: HistoryV1.HourCount[]; labels: HistoryV1.LabelCount[]; images: number; predictions: number }> {
    await this.projects.require(request.projectId);
    const hours = request.hours || 24;
    if (hours < 1 || hours > 168) {
      throw new DomainError(ErrorCode.InvalidArgument, 'hours must be between 1 and 168');
    }
    const first = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - (hours - 1) * HOUR_MS;
    const since = new Date(first);
    const [images, predictions, labels, total] = await Promise.all([
      this.stats.perHour('image', request.projectId, since),
      this.stats.perHour('prediction', request.projectId, since),
      this.stats.labels(request.projectId),
      this.stats.countPredictions(request.projectId),
    ]);
    const buckets = Array.from({ length: hours }, (_, i) => {
      const start = new Date(first + i * HOUR_MS);
      const key = start.toISOString().slice(0, 13).replace('T', ' ');
      return { hour: start.toISOString(), images: images.get(key) ?? 0, predictions: predictions.get(key) ?? 0 };
    });
    return { hours: buckets, labels, images: labels.reduce((sum, l) => sum + l.images, 0), predictions: total };
  }
}
