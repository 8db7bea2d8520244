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

  save(camera: CameraEntity): Promise<CameraEntity> {
    return this.cameras.save(camera);
  }

  async delete(id: string): Promise<void> {
    await this.cameras.delete({ id });
  }
}
