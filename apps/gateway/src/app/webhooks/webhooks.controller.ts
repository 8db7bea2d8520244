import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { HistoryV1 } from '@sightline/contracts';
import { CreateWebhookDto, ErrorDto, IdParamDto, WebhookDeliveryDto, WebhookDto } from '@sightline/contracts';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';

function toWebhookDto(hook: HistoryV1.Webhook__Output): WebhookDto {
  return { id: hook.id, projectId: hook.projectId, url: hook.url, events: hook.events, createdAt: hook.createdAt, secret: hook.secret || null };
}

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class WebhooksController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  /**
   * Subscribes a URL to the project's events. Each is a JSON POST signed with HMAC-SHA256 of the body
   * (`X-Sightline-Signature: sha256=<hex>`, plus `X-Sightline-Event` and `X-Sightline-Delivery`), retried
   * with doubling waits until it gets a 2xx or WEBHOOK_MAX_ATTEMPTS run out.
   */
  @Post('projects/:id/webhooks')
  @ApiCreatedResponse({ type: WebhookDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Not an http(s) URL, an unknown event, a short secret' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async createWebhook(@Param() params: IdParamDto, @Body() body: CreateWebhookDto, @CurrentPrincipal() principal: Principal): Promise<WebhookDto> {
    const hook = await this.clients.history.call<HistoryV1.Webhook__Output>('CreateWebhook', { projectId: params.id, url: body.url, events: body.events, secret: body.secret ?? '', author: principal.name });
    await this.audit.record({ actor: principal.name, action: 'webhook.create', targetType: 'webhook', targetId: hook.id, projectId: params.id, details: { url: hook.url, events: hook.events } });
    return toWebhookDto(hook);
  }

  @Get('projects/:id/webhooks')
  @ApiOkResponse({ type: [WebhookDto] })
  @ApiNotFoundResponse({ type: ErrorDto })
  async listWebhooks(@Param() params: IdParamDto): Promise<WebhookDto[]> {
    const reply = await this.clients.history.call<HistoryV1.ListWebhooksResponse__Output>('ListWebhooks', { projectId: params.id }, { retry: true });
    return reply.webhooks.map(toWebhookDto);
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  async deleteWebhook(@Param() params: IdParamDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.clients.history.call('DeleteWebhook', { id: params.id });
    await this.audit.record({ actor: principal.name, action: 'webhook.delete', targetType: 'webhook', targetId: params.id });
  }

  /** The newest 200 deliveries of the webhook, with their state, attempts and last answer. */
  @Get('webhooks/:id/deliveries')
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiNotFoundResponse({ type: ErrorDto })
  async listDeliveries(@Param() params: IdParamDto): Promise<WebhookDeliveryDto[]> {
    const reply = await this.clients.history.call<HistoryV1.ListDeliveriesResponse__Output>('ListDeliveries', { id: params.id }, { retry: true });
    return reply.deliveries.map((d) => ({
      id: d.id,
      webhookId: d.webhookId,
      event: d.event,
      state: d.state,
      attempts: d.attempts,
      lastStatus: d.lastStatus || null,
      lastError: d.lastError || null,
      body: d.body,
      createdAt: d.createdAt,
      deliveredAt: d.deliveredAt || null,
      nextAttemptAt: d.nextAttemptAt || null,
    }));
  }
}
