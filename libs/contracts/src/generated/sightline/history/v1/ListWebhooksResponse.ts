// Original file: proto/history.proto

import type { Webhook as _sightline_history_v1_Webhook, Webhook__Output as _sightline_history_v1_Webhook__Output } from '../../../sightline/history/v1/Webhook';

export interface ListWebhooksResponse {
  'webhooks'?: (_sightline_history_v1_Webhook)[];
}

export interface ListWebhooksResponse__Output {
  'webhooks': (_sightline_history_v1_Webhook__Output)[];
}
