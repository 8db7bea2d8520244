import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEventEntity } from '@sightline/persistence';
import { Repository } from 'typeorm';

export interface AuditEntry {
  actor: string;
  action: string;
  targetType?: string;
  targetId?: string;
  projectId?: string;
  details?: Record<string, unknown>;
}

/** Append-only: rows are inserted, never updated or deleted. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.events.save(
      Object.assign(new AuditEventEntity(), {
        actor: entry.actor,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        projectId: entry.projectId ?? null,
        details: entry.details ?? null,
        createdAt: new Date(),
      }),
    );
  }
}
