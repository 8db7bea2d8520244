import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { databaseOutageReason } from '@sightline/grpc';
import { CameraEntity } from '@sightline/persistence';
import { Repository } from 'typeorm';

/** The columns a user edits through PATCH /cameras/{id}. */
export const CAMERA_SETTINGS = ['name', 'url', 'path', 'headers', 'scheduleEverySeconds', 'scheduleCron', 'enabled', 'predictOnCapture'] as const;
export type CameraSetting = (typeof CAMERA_SETTINGS)[number];

@Injectable()
export class CameraRepository {
  /** The last row read of each camera: while the database is away, schedules and captures go on from it. */
  private readonly lastRead = new Map<string, CameraEntity>();

  constructor(@InjectRepository(CameraEntity) private readonly cameras: Repository<CameraEntity>) {}

  async findById(id: string): Promise<CameraEntity | null> {
    let camera: CameraEntity | null;
    try {
      camera = await this.cameras.findOneBy({ id });
    } catch (error) {
      const known = this.lastRead.get(id);
      if (known && databaseOutageReason(error)) {
        return Object.assign(new CameraEntity(), known);
      }
      throw error;
    }
    if (camera) {
      this.lastRead.set(id, Object.assign(new CameraEntity(), camera));
    } else {
      this.lastRead.delete(id);
    }
    return camera;
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
   * Writes only what a user edits (and, when the source changed, the status that starts over): a capture's status
   * and the schedule's lease, written meanwhile by this or another replica, are never rolled back by an edit.
   */
  async updateSettings(id: string, settings: Partial<Pick<CameraEntity, CameraSetting | 'status' | 'lastError' | 'consecutiveFailures' | 'updatedAt'>>): Promise<void> {
    await this.cameras.update({ id }, settings);
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
    this.lastRead.delete(id);
  }
}
