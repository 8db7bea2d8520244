import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { PredictionEntity, WebhookDeliveryEntity, WebhookEntity } from '@sightline/persistence';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { ProjectsService } from '../projects/projects.service';
import { WebhookRepository } from './webhook.repository';

const FIXED_EVENTS = ['prediction.uncertain', 'model.trained', 'model.promoted', 'camera.failing'];
const LABEL_EVENT = 'prediction.label:';
/** Webhooks of a project are read again after this long (or at once after a change in this process). */
const CACHE_MS = 5000;
const ATTEMPT_TIMEOUT_MS = 10_000;
const BATCH = 20;

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function checkEvent(event: string): string {
  if (FIXED_EVENTS.includes(event) || (event.startsWith(LABEL_EVENT) && event.length > LABEL_EVENT.length && event.length <= 120)) {
    return event;
  }
  throw new DomainError(ErrorCode.InvalidArgument, `unknown event "${event}": use ${FIXED_EVENTS.join(', ')} or ${LABEL_EVENT}<label>`);
}

/**
 * Per-project webhooks: events become delivery rows (one per subscribed webhook), and a dispatcher POSTs
 * due ones, signed with HMAC-SHA256 of the body, retrying with doubling waits until WEBHOOK_MAX_ATTEMPTS.
 * A delivery survives a restart; several history replicas never send one attempt twice.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly cache = new Map<string, { at: number; hooks: WebhookEntity[] }>();
  private timer?: NodeJS.Timeout;
  private dispatching = false;

  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly projects: ProjectsService,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.dispatch(), 250);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async create(request: HistoryV1.CreateWebhookRequest__Output): Promise<HistoryV1.Webhook> {
    const project = await this.projects.require(request.projectId);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      throw new DomainError(ErrorCode.InvalidArgument, 'url must be an absolute http or https URL');
    }
    if (!['http:', 'https:'].includes(url.protocol) || request.url.length > 2000) {
      throw new DomainError(ErrorCode.InvalidArgument, 'url must be an absolute http or https URL');
    }
    if (request.events.length === 0) {
      throw new DomainError(ErrorCode.InvalidArgument, 'events must name at least one event');
    }
    const events = [...new Set(request.events.map((e) => checkEvent(e.trim())))];
    if (request.secret && (request.secret.length < 16 || request.secret.length > 200)) {
      throw new DomainError(ErrorCode.InvalidArgument, 'secret must be 16 to 200 characters long (or left out to have one generated)');
    }
    const secret = request.secret || randomBytes(24).toString('base64url');
    const saved = await this.webhooks.insert(
      Object.assign(new WebhookEntity(), { projectId: project.id, url: url.toString(), secret, events, author: request.author || null, createdAt: new Date() }),
    );
    this.cache.delete(project.id);
    return { ...this.view(saved), secret };
  }

  async list(projectId: string): Promise<HistoryV1.Webhook[]> {
    await this.projects.require(projectId);
    return (await this.webhooks.list(projectId)).map((w) => this.view(w));
  }

  async delete(id: string): Promise<void> {
    const hook = await this.require(id);
    await this.webhooks.delete(id);
    this.cache.delete(hook.projectId);
  }

  async deliveries(id: string): Promise<HistoryV1.WebhookDelivery[]> {
    await this.require(id);
    return (await this.webhooks.deliveries(id)).map((d) => ({
      id: d.id,
      webhookId: d.webhookId,
      event: d.event,
      state: d.state,
      attempts: d.attempts,
      lastStatus: d.lastStatus ?? 0,
      lastError: d.lastError ?? '',
      body: d.body,
      createdAt: d.createdAt.toISOString(),
      deliveredAt: d.deliveredAt ? d.deliveredAt.toISOString() : '',
      nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt.toISOString() : '',
    }));
  }

  /** An event from another service. */
  async emitFromService(request: HistoryV1.EmitEventRequest__Output): Promise<void> {
    await this.projects.require(request.projectId);
    checkEvent(request.event);
    let data: unknown;
    try {
      data = JSON.parse(request.dataJson || '{}');
    } catch {
      throw new DomainError(ErrorCode.InvalidArgument, 'dataJson must be a JSON object');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new DomainError(ErrorCode.InvalidArgument, 'dataJson must be a JSON object');
    }
    await this.emit(request.projectId, [{ event: request.event, data: data as Record<string, unknown> }]);
  }

  /** prediction.uncertain and prediction.label:<label> for newly kept predictions; never fails the write it follows. */
  predictionsRecorded(rows: PredictionEntity[]): void {
    const byProject = new Map<string, Array<{ event: string; data: Record<string, unknown> }>>();
    for (const p of rows) {
      const data = { predictionId: p.id, imageId: p.imageId, label: p.label, confidence: p.confidence, uncertain: p.uncertain, modelId: p.modelId, modelVersion: p.modelVersion, scores: p.scores };
      const events = byProject.get(p.projectId) ?? [];
      events.push({ event: `${LABEL_EVENT}${p.label}`, data });
      if (p.uncertain) {
        events.push({ event: 'prediction.uncertain', data });
      }
      byProject.set(p.projectId, events);
    }
    for (const [projectId, events] of byProject) {
      this.emit(projectId, events).catch((error: unknown) => this.logger.warn(`webhook events of project ${projectId} were not queued: ${(error as Error).message}`));
    }
  }

  private async emit(projectId: string, events: Array<{ event: string; data: Record<string, unknown> }>): Promise<void> {
    const hooks = await this.hooksOf(projectId);
    if (hooks.length === 0) {
      return;
    }
    const now = new Date();
    const rows: WebhookDeliveryEntity[] = [];
    for (const { event, data } of events) {
      for (const hook of hooks.filter((h) => h.events.includes(event))) {
        if (event === 'camera.failing' && !(await this.webhooks.startCooldown(hook, `camera:${String(data['cameraId'] ?? '')}`.slice(0, 100), now, this.config.webhooks.cameraCooldownSeconds))) {
          continue;
        }
        const id = randomUUID();
        rows.push(
          Object.assign(new WebhookDeliveryEntity(), {
            id,
            webhookId: hook.id,
            projectId,
            event,
            body: JSON.stringify({ id, event, projectId, createdAt: now.toISOString(), data }),
            state: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            lastStatus: null,
            lastError: null,
            createdAt: now,
            deliveredAt: null,
          }),
        );
      }
    }
    await this.webhooks.insertDeliveries(rows);
  }

  private async hooksOf(projectId: string): Promise<WebhookEntity[]> {
    const cached = this.cache.get(projectId);
    if (cached && Date.now() - cached.at < CACHE_MS) {
      return cached.hooks;
    }
    const hooks = await this.webhooks.list(projectId);
    this.cache.set(projectId, { at: Date.now(), hooks });
    return hooks;
  }

  async dispatch(): Promise<void> {
    if (this.dispatching) {
      return;
    }
    this.dispatching = true;
    try {
      const now = new Date();
      const due = await this.webhooks.due(now, BATCH);
      await Promise.all(due.map((d) => this.attempt(d)));
    } catch (error) {
      this.logger.warn(`webhook dispatch: ${(error as Error).message}`);
    } finally {
      this.dispatching = false;
    }
  }

  private async attempt(delivery: WebhookDeliveryEntity): Promise<void> {
    // Held for the attempt's timeout: a replica that dies mid-attempt leaves it due again afterwards.
    if (!(await this.webhooks.take(delivery, new Date(Date.now() + ATTEMPT_TIMEOUT_MS * 2)))) {
      return;
    }
    const hook = await this.webhooks.find(delivery.webhookId);
    if (!hook) {
      return;
    }
    let status = 0;
    let error: string | null = null;
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Sightline-Webhook/1',
          'X-Sightline-Event': delivery.event,
          'X-Sightline-Delivery': delivery.id,
          'X-Sightline-Signature': signature(hook.secret, delivery.body),
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (status < 200 || status >= 300) {
        error = `the receiver answered ${status}`;
      }
    } catch (cause) {
      error = (cause as Error).message.slice(0, 1000);
    }
    const attempts = delivery.attempts + 1;
    if (!error) {
      await this.webhooks.record(delivery.id, { state: 'succeeded', attempts, lastStatus: status, lastError: null, deliveredAt: new Date() });
      return;
    }
    const { maxAttempts, retryBaseMs } = this.config.webhooks;
    const failed = attempts >= maxAttempts;
    await this.webhooks.record(delivery.id, {
      state: failed ? 'failed' : 'pending',
      attempts,
      lastStatus: status || null,
      lastError: error,
      nextAttemptAt: new Date(Date.now() + retryBaseMs * 2 ** (attempts - 1)),
    });
  }

  private async require(id: string): Promise<WebhookEntity> {
    const hook = await this.webhooks.find(id);
    if (!hook) {
      throw new DomainError(ErrorCode.NotFound, `webhook ${id} not found`);
    }
    return hook;
  }

  private view(hook: WebhookEntity): HistoryV1.Webhook {
    return { id: hook.id, projectId: hook.projectId, url: hook.url, events: hook.events, createdAt: hook.createdAt.toISOString(), secret: '' };
  }
}
