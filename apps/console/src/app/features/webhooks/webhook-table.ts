import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import type { Webhook } from '../../core/data-access/webhooks.api';

/** A project's webhooks; a row's Deliveries selects it. */
@Component({
  selector: 'sl-webhook-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule, MatButtonModule, DatePipe],
  template: `
    <table class="hooks" data-testid="webhook-table">
      <thead>
        <tr>
          <th>URL</th>
          <th>Events</th>
          <th>Created</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (hook of webhooks(); track hook.id) {
          <tr
            data-testid="webhook-row"
            [attr.data-webhook-id]="hook.id"
            [attr.data-url]="hook.url"
            [class.selected]="hook.id === selectedId()"
          >
            <td class="mono">{{ hook.url }}</td>
            <td>
              <mat-chip-set aria-label="Events">
                @for (event of hook.events; track event) {
                  <mat-chip>{{ event }}</mat-chip>
                }
              </mat-chip-set>
            </td>
            <td>{{ hook.createdAt | date: 'medium' }}</td>
            <td class="actions">
              <button
                mat-button
                data-testid="webhook-deliveries"
                (click)="showDeliveries.emit(hook)"
              >
                Deliveries
              </button>
              @if (canWrite()) {
                <button
                  mat-button
                  data-testid="webhook-delete"
                  (click)="remove.emit(hook)"
                >
                  Delete
                </button>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .hooks {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    .hooks th,
    .hooks td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .selected {
      background: var(--mat-sys-secondary-container);
    }
    .actions {
      text-align: right;
      white-space: nowrap;
    }
  `,
})
export class WebhookTable {
  readonly webhooks = input.required<Webhook[]>();
  readonly selectedId = input<string | null>(null);
  readonly canWrite = input(false);
  readonly showDeliveries = output<Webhook>();
  readonly remove = output<Webhook>();
}
