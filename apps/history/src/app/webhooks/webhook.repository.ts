import { Injectable } from '@nestjs/common';
import { WebhookCooldownEntity, WebhookDeliveryEntity, WebhookEntity } from '@sightline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, LessThan, LessThanOrEqual } from 'typeorm';

@Injectable()
export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(webhook: WebhookEntity): Promise<WebhookEntity> {
    return this.dataSource.getRepository(WebhookEntity).save(webhook);
  }

  find(id: string): Promise<WebhookEntity | null> {
    return this.dataSource.getRepository(WebhookEntity).findOneBy({ id });
  }

  list(projectId: string): Promise<WebhookEntity[]> {
    return this.dataSource.getRepository(WebhookEntity).find({ where: { projectId }, order: { createdAt: 'ASC' } });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(WebhookDeliveryEntity).delete({ webhookId: id });
      await manager.getRepository(WebhookCooldownEntity).delete({ webhookId: id });
      await manager.getRepository(WebhookEntity).delete({ id });
    });
  }

  /**
   * True for exactly one caller in every replica of history when the webhook's cooldown for the subject is over,
   * and starts the next one: a new row is an INSERT that ignores a key another replica inserted first, an expired
   * one is taken by a conditional UPDATE, and the caller whose token the row then holds won.
   */
  async startCooldown(hook: WebhookEntity, subject: string, now: Date, seconds: number): Promise<boolean> {
    const cooldowns = this.dataSource.getRepository(WebhookCooldownEntity);
    const token = randomUUID();
    const quietUntil = new Date(now.getTime() + seconds * 1000);
    await cooldowns
      .createQueryBuilder()
      .insert()
      .into(WebhookCooldownEntity)
      .values({ webhookId: hook.id, subject, projectId: hook.projectId, token, quietUntil })
      .orIgnore()
      .updateEntity(false)
      .execute();
    await cooldowns.update({ webhookId: hook.id, subject, quietUntil: LessThan(now) }, { token, quietUntil });
    return (await cooldowns.findOneBy({ webhookId: hook.id, subject }))?.token === token;
  }

  async insertDeliveries(deliveries: WebhookDeliveryEntity[]): Promise<void> {
    if (deliveries.length > 0) {
      await this.dataSource.createQueryBuilder().insert().into(WebhookDeliveryEntity).values(deliveries).updateEntity(false).execute();
    }
  }

  deliveries(webhookId: string): Promise<WebhookDeliveryEntity[]> {
    return this.dataSource.getRepository(WebhookDeliveryEntity).find({ where: { webhookId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  due(now: Date, limit: number): Promise<WebhookDeliveryEntity[]> {
    return this.dataSource.getRepository(WebhookDeliveryEntity).find({ where: { state: 'pending', nextAttemptAt: LessThanOrEqual(now) }, order: { nextAttemptAt: 'ASC' }, take: limit });
  }

  /** Takes a due delivery for one attempt: only one dispatcher moves its next_attempt_at, so only one sends it. */
  async take(delivery: WebhookDeliveryEntity, until: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .update({ id: delivery.id, state: 'pending', nextAttemptAt: delivery.nextAttemptAt }, { nextAttemptAt: until });
    return (result.affected ?? 0) === 1;
  }

  async record(id: string, changes: Partial<WebhookDeliveryEntity>): Promise<void> {
    await this.dataSource.getRepository(WebhookDeliveryEntity).update({ id }, changes);
  }
}
