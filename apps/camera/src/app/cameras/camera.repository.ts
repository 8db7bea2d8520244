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

  /**
   * Takes or renews the right to run a camera's schedule: granted when nobody holds it, this replica holds it, or the
   * holder's lease ran out. One conditional UPDATE, so two replicas can never both win.
   */
  async claim(id: string, owner: string, until: Date, now: Date): Promise<boolean> {
    const result = await this.cameras
      .createQueryBuilder()
      .update(CameraEntity)
      .set({ leaseOwner: owner, leaseUntil: until })
      .where('id = :id', { id })
      .andWhere('(lease_owner IS NULL OR lease_owner = :owner OR lease_until IS NULL OR lease_until < :now)', { owner, now })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  save(camera: CameraEntity): Promise<CameraEntity> {
    return this.cameras.save(camera);
  }

  async delete(id: string): Promise<void> {
    await this.cameras.delete({ id });
  }
}
