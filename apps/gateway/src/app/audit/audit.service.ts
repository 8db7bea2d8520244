import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEventDto, AuditPageDto, DomainError, ErrorCode, ListAuditQueryDto } from '@sightline/contracts';
import { AuditEventEntity } from '@sightline/persistence';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

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

  /** Entries that carry their own id and time (copied from another service): one already there is left as it is. */
  async recordOnce(entries: Array<AuditEntry & { id: string; createdAt: Date }>): Promise<void> {
    if (entries.length === 0) {
      return;
    }
    await this.events
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(
        entries.map((e) =>
          Object.assign(new AuditEventEntity(), {
            id: e.id,
            actor: e.actor,
            action: e.action,
            targetType: e.targetType ?? null,
            targetId: e.targetId ?? null,
            projectId: e.projectId ?? null,
            details: e.details ?? null,
            createdAt: e.createdAt,
          }),
        ) as QueryDeepPartialEntity<AuditEventEntity>[],
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Newest first, by keyset cursor (created_at, id). */
  async list(query: ListAuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? 100;
    const builder = this.events.createQueryBuilder('event');
    if (query.projectId) {
      builder.andWhere('event.projectId = :projectId', { projectId: query.projectId });
    }
    if (query.action) {
      if (query.action.endsWith('.')) {
        builder.andWhere('event.action LIKE :prefix', { prefix: `${query.action}%` });
      } else {
        builder.andWhere('event.action = :action', { action: query.action });
      }
    }
    if (query.actor) {
      builder.andWhere('event.actor = :actor', { actor: query.actor });
    }
    if (query.targetId) {
      builder.andWhere('event.targetId = :targetId', { targetId: query.targetId });
    }
    if (query.from) {
      builder.andWhere('event.createdAt >= :from', { from: new Date(query.from) });
    }
    if (query.to) {
      builder.andWhere('event.createdAt < :to', { to: new Date(query.to) });
    }
    if (query.cursor) {
      const [at, id] = Buffer.from(query.cursor, 'base64url').toString('utf8').split('|');
      const afterAt = new Date(at ?? '');
      if (!id || Number.isNaN(afterAt.getTime())) {
        throw new DomainError(ErrorCode.InvalidArgument, 'cursor is not one this API gave out: start again without it');
      }
      builder.andWhere('(event.createdAt < :afterAt OR (event.createdAt = :afterAt AND event.id < :afterId))', { afterAt, afterId: id });
    }
    const rows = await builder.orderBy('event.createdAt', 'DESC').addOrderBy('event.id', 'DESC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((e): AuditEventDto => ({
        id: e.id,
        actor: e.actor,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        projectId: e.projectId,
        details: e.details,
        createdAt: e.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null,
    };
  }
}
