import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ImportJobEntity } from '@sightline/persistence';
import { In, Repository } from 'typeorm';

@Injectable()
export class ImportJobRepository {
  constructor(@InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>) {}

  save(job: ImportJobEntity): Promise<ImportJobEntity> {
    return this.jobs.save(job);
  }

  findById(id: string): Promise<ImportJobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  list(projectId: string): Promise<ImportJobEntity[]> {
    return this.jobs.find({ where: { projectId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  /** Jobs this process will never finish (it was restarted while they were queued or running). */
  async failUnfinished(reason: string): Promise<number> {
    const result = await this.jobs.update({ state: In(['queued', 'running']) }, { state: 'failed', error: reason, finishedAt: new Date() });
    return result.affected ?? 0;
  }
}
