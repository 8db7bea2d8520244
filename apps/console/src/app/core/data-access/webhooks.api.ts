import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';

export type Webhook = ResponseBody<'/api/v1/projects/{id}/webhooks', 'post'>;
export type CreateWebhook = RequestBody<
  '/api/v1/projects/{id}/webhooks',
  'post'
>;
export type WebhookDelivery = ResponseBody<
  '/api/v1/webhooks/{id}/deliveries',
  'get'
>[number];

/** The events a webhook can list, besides `prediction.label:<label>` (one per project label). */
export const WEBHOOK_EVENTS = [
  'prediction.uncertain',
  'model.trained',
  'model.promoted',
  'camera.failing',
] as const;
export const LABEL_EVENT_PREFIX = 'prediction.label:';

/** A project's webhooks and their deliveries. */
@Injectable({ providedIn: 'root' })
export class WebhooksApi {
  private readonly client = inject(API_CLIENT);

  async list(projectId: string, signal?: AbortSignal): Promise<Webhook[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/webhooks', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  /** The answer carries the signing secret: the only time it is shown. */
  async create(projectId: string, body: CreateWebhook): Promise<Webhook> {
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/webhooks', {
        params: { path: { id: projectId } },
        body,
      }),
    );
  }

  async remove(id: string): Promise<void> {
    unwrap(
      await this.client.DELETE('/api/v1/webhooks/{id}', {
        params: { path: { id } },
      }),
    );
  }

  /** The newest 200 deliveries, newest first. */
  async deliveries(
    id: string,
    signal?: AbortSignal,
  ): Promise<WebhookDelivery[]> {
    return unwrap(
      await this.client.GET('/api/v1/webhooks/{id}/deliveries', {
        params: { path: { id } },
        signal,
      }),
    );
  }
}
