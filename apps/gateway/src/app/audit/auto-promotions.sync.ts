import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { TrainingV1 } from '@sightline/contracts';
import { ServiceClients } from '../clients/service-clients';
import { AuditService } from './audit.service';

const SYNC_MS = 3000;
const PAGE = 200;

/**
 * Promotions the training service makes by itself (auto-retrain's, a project's first model) are not requests to the
 * gateway, so they reach the audit log here: every few seconds the new ones are copied in, each under its own alias
 * event id, so several gateway replicas (or a restart reading them again) never record one twice.
 */
@Injectable()
export class AutoPromotionsSync implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AutoPromotionsSync.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  /** Events at or after this have not all been copied yet. */
  private since = new Date(0);

  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sync(), SYNC_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sync(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      for (;;) {
        const reply = await this.clients.training.call<TrainingV1.AliasHistoryResponse__Output>('ListAutoPromotions', { since: this.since.toISOString(), limit: PAGE });
        await this.audit.recordOnce(
          reply.events.map((e) => ({
            id: e.id,
            createdAt: new Date(e.createdAt),
            actor: e.actor || 'auto-retrain',
            action: 'model.promote',
            targetType: 'model',
            targetId: e.toModelId,
            projectId: e.projectId,
            details: { version: e.toVersion, reason: e.reason || null, fromModelId: e.fromModelId || null, fromVersion: e.fromVersion || null, by: 'training' },
          })),
        );
        const last = reply.events[reply.events.length - 1];
        // A full page may end on a millisecond with more events after it: the next read starts at that millisecond again.
        if (!last || new Date(last.createdAt).getTime() === this.since.getTime()) {
          return;
        }
        this.since = new Date(last.createdAt);
        if (reply.events.length < PAGE) {
          return;
        }
      }
    } catch (error) {
      this.logger.debug(`auto-promotions not read from training this time: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
