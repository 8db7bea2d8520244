import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { WebhookDelivery } from '../../core/data-access/webhooks.api';

/** A webhook's deliveries, newest first: state, attempts and the last answer. */
@Component({
  selector: 'sl-delivery-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    <table class="deliveries" data-testid="delivery-table">
      <thead>
        <tr>
          <th>Event</th>
          <th>State</th>
          <th class="num">Attempts</th>
          <th class="num">Response</th>
          <th>Created</th>
          <th>Delivered / next attempt</th>
        </tr>
      </thead>
      <tbody>
        @for (delivery of deliveries(); track delivery.id) {
          <tr
            data-testid="delivery-row"
            [attr.data-delivery-id]="delivery.id"
            [attr.data-event]="delivery.event"
            [attr.data-state]="delivery.state"
          >
            <td>{{ delivery.event }}</td>
            <td>
              <span
                class="state"
                [class.succeeded]="delivery.state === 'succeeded'"
                [class.failed]="delivery.state === 'failed'"
                data-testid="delivery-state"
                >{{ delivery.state }}</span
              >
            </td>
            <td class="num" data-testid="delivery-attempts">
              {{ delivery.attempts }}
            </td>
            <td class="num" data-testid="delivery-status">
              {{ delivery.lastStatus ?? '—' }}
              @if (delivery.lastError) {
                <div class="error">{{ delivery.lastError }}</div>
              }
            </td>
            <td>{{ delivery.createdAt | date: 'medium' }}</td>
            <td>
              @if (delivery.deliveredAt) {
                {{ delivery.deliveredAt | date: 'medium' }}
              } @else if (
                delivery.nextAttemptAt && delivery.state === 'pending'
              ) {
                next {{ delivery.nextAttemptAt | date: 'mediumTime' }}
              } @else {
                —
              }
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="6" class="muted" data-testid="deliveries-empty">
              No deliveries yet: they appear when one of the events happens.
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .deliveries {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    .deliveries th,
    .deliveries td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .num {
      text-align: right !important;
    }
    .state {
      padding: 1px 8px;
      border-radius: 10px;
      background: var(--mat-sys-surface-container-high);
    }
    .state.succeeded {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .state.failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error {
      color: var(--mat-sys-error);
      font-size: 12px;
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class DeliveryTable {
  readonly deliveries = input.required<WebhookDelivery[]>();
}
