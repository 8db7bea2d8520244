import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { ImagesService } from '../images/images.service';
import { ProjectsService } from '../projects/projects.service';
import { Deletable, RetentionRepository } from './retention.repository';

const GB = 1024 ** 3;
const DAY_MS = 86_400_000;

/** What the rules let go, oldest first: past the age limit, then the oldest others until under the size limit. */
export function selectForRetention(candidates: Deletable[], totalBytes: number, rules: { days: number | null; gb: number | null }, now: Date): Deletable[] {
  const chosen = new Set<Deletable>();
  if (rules.days !== null) {
    const cutoff = now.getTime() - rules.days * DAY_MS;
    for (const image of candidates) {
      if (image.capturedAt.getTime() < cutoff) {
        chosen.add(image);
      }
    }
  }
  if (rules.gb !== null) {
    let remaining = totalBytes - [...chosen].reduce((sum, i) => sum + i.size, 0);
    for (const image of candidates) {
      if (remaining <= rules.gb * GB) {
        break;
      }
      if (!chosen.has(image)) {
        chosen.add(image);
        remaining -= image.size;
      }
    }
  }
  return candidates.filter((c) => chosen.has(c));
}

@Injectable()
export class RetentionService {
  constructor(
    private readonly retention: RetentionRepository,
    private readonly projects: ProjectsService,
    private readonly images: ImagesService,
  ) {}

  async run(request: HistoryV1.RetentionRequest__Output): Promise<HistoryV1.RetentionResult> {
    const project = await this.projects.require(request.projectId);
    const rules = { days: project.retentionDays ?? null, gb: project.retentionGb ?? null };
    if (rules.days === null && rules.gb === null) {
      throw new DomainError(ErrorCode.Conflict, `project "${project.name}" has no retention rule: set retentionDays and/or retentionGb first`);
    }
    const chosen = selectForRetention(await this.retention.deletable(project.id), await this.retention.totalBytes(project.id), rules, new Date());
    if (!request.dryRun && chosen.length > 0) {
      await this.retention.delete(chosen.map((c) => c.id));
      await this.images.removeOrphanBlobs(chosen.map((c) => c.sha256));
    }
    return {
      images: chosen.length,
      bytes: chosen.reduce((sum, c) => sum + c.size, 0),
      imageIds: chosen.slice(0, 100).map((c) => c.id),
      dryRun: request.dryRun,
    };
  }
}
