import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TrainingJobEntity } from '@sightline/persistence';
import { In, Repository } from 'typeorm';

@Injectable()
export class TrainingJobRepository {
  constructor(@InjectRepository(TrainingJobEntity) private readonly jobs: Repository<TrainingJobEntity>) {}

  save(job: TrainingJobEntity): Promise<TrainingJobEntity> {
    return this.jobs.save(job);
  }

  findById(id: string): Promise<TrainingJobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  list(projectId: string): Promise<TrainingJobEntity[]> {
    return this.jobs.find({ where: { projectId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** The project's newest job with this trigger, whatever its state. */
  latest(projectId: string, trigger: string): Promise<TrainingJobEntity | null> {
    return this.jobs.findOne({ where: { projectId, trigger }, order: { createdAt: 'DESC' } });
  }

  nextQueued(): Promise<TrainingJobEntity | null> {
    return this.jobs.findOne({ where: { state: 'queued' }, order: { createdAt: 'ASC' } });
  }

  async failRunning(reason: string): Promise<number> {
    const result = await this.jobs.update({ state: In(['running']) }, { state: 'failed', error: reason, finishedAt: new Date() });
    return result.affected ?? 0;
  }
}
