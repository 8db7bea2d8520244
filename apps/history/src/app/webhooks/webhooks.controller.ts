import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { WebhooksService } from './webhooks.service';

@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @GrpcMethod('History', 'CreateWebhook')
  createWebhook(request: HistoryV1.CreateWebhookRequest__Output): Promise<HistoryV1.Webhook> {
    return this.webhooks.create(request);
  }

  @GrpcMethod('History', 'ListWebhooks')
  async listWebhooks(request: HistoryV1.ListWebhooksRequest__Output): Promise<HistoryV1.ListWebhooksResponse> {
    return { webhooks: await this.webhooks.list(request.projectId) };
  }

  @GrpcMethod('History', 'DeleteWebhook')
  async deleteWebhook(request: HistoryV1.WebhookIdRequest__Output): Promise<HistoryV1.Empty> {
    await this.webhooks.delete(request.id);
    return {};
  }

  @GrpcMethod('History', 'ListDeliveries')
  async listDeliveries(request: HistoryV1.WebhookIdRequest__Output): Promise<HistoryV1.ListDeliveriesResponse> {
    return { deliveries: await this.webhooks.deliveries(request.id) };
  }

  @GrpcMethod('History', 'EmitEvent')
  async emitEvent(request: HistoryV1.EmitEventRequest__Output): Promise<HistoryV1.Empty> {
    await this.webhooks.emitFromService(request);
    return {};
  }
}
