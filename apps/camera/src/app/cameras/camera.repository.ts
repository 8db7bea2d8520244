import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CameraEntity } from '@sightline/persistence';
import { Repository } from 'typeorm';

@Injectable()
export class CameraRepository {
  constructor(@InjectRepository(CameraEntity) private readonly cameras: Repository<CameraEntity>) {}

  findById(id: string): Promise<CameraEntity | null> {
    return this.cameras.findOneBy({ id });
  }

  list(projectId?: string): Promise<CameraEntity[]> {
    return this.cameras.find({ where: projectId ? { projectId } : {}, order: { createdAt: 'ASC' } });
  }

  /** Every enabled camera (the scheduler arms their timers at start). */
  listEnabled(): Promise<CameraEntity[]> {
    return this.cameras.find({ where: { enabled: true } });
  }

  /** Writes only the status columns, so a capture finishing never overwrites an edit made meanwhile. */
  async updateStatus(id: string, status: Partial<Pick<CameraEntity, 'status' | 'lastError' | 'lastCaptureAt' | 'consecutiveFailures' | 'capturesToday' | 'capturesDay' | 'lastImageId'>>): Promise<void> {
    await this.cameras.update({ id }, status);
  }

  save(camera: CameraEntity): Promise<CameraEntity> {
    return this.cameras.save(camera);
  }

  async delete(id: string): Promise<void> {
    await this.cameras.delete({ id });
  }
}
