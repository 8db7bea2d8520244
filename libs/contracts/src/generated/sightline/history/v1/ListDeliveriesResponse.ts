// Original file: proto/history.proto

import type { WebhookDelivery as _sightline_history_v1_WebhookDelivery, WebhookDelivery__Output as _sightline_history_v1_WebhookDelivery__Output } from '../../../sightline/history/v1/WebhookDelivery';

export interface ListDeliveriesResponse {
  'deliveries'?: (_sightline_history_v1_WebhookDelivery)[];
}

export interface ListDeliveriesResponse__Output {
  'deliveries': (_sightline_history_v1_WebhookDelivery__Output)[];
}
