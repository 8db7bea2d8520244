// Original file: proto/history.proto


export interface WebhookDelivery {
  'id'?: (string);
  'webhookId'?: (string);
  'event'?: (string);
  /**
   * pending | succeeded | failed
   */
  'state'?: (string);
  'attempts'?: (number);
  /**
   * HTTP status of the last attempt (0: none or no answer).
   */
  'lastStatus'?: (number);
  'lastError'?: (string);
  'body'?: (string);
  'createdAt'?: (string);
  'deliveredAt'?: (string);
  'nextAttemptAt'?: (string);
}

export interface WebhookDelivery__Output {
  'id': (string);
  'webhookId': (string);
  'event': (string);
  /**
   * pending | succeeded | failed
   */
  'state': (string);
  'attempts': (number);
  /**
   * HTTP status of the last attempt (0: none or no answer).
   */
  'lastStatus': (number);
  'lastError': (string);
  'body': (string);
  'createdAt': (string);
  'deliveredAt': (string);
  'nextAttemptAt': (string);
}
