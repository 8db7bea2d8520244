import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AliasHistoryEntry } from '../../core/data-access/models.api';

/** Every move of the project's aliases, newest first. */
@Component({
  selector: 'sl-alias-history-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink],
  template: `
    @if (entries().length) {
      <table class="history" data-testid="alias-history">
        <thead>
          <tr>
            <th>When</th>
            <th>Action</th>
            <th>Alias</th>
            <th>From</th>
            <th>To</th>
            <th>By</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr
              data-testid="alias-history-row"
              [attr.data-action]="entry.action"
            >
              <td>{{ entry.createdAt | date: 'medium' }}</td>
              <td>{{ entry.action }}</td>
              <td>{{ entry.alias }}</td>
              <td>
                @if (entry.fromModelId) {
                  <a [routerLink]="['/models', entry.fromModelId]"
                    >v{{ entry.fromVersion }}</a
                  >
                } @else {
                  —
                }
              </td>
              <td>
                <a [routerLink]="['/models', entry.toModelId]"
                  >v{{ entry.toVersion }}</a
                >
              </td>
              <td>{{ entry.actor }}</td>
              <td>{{ entry.reason || '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted" data-testid="alias-history-empty">No promotion yet.</p>
    }
  `,
  styles: `
    .history {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    th {
      text-align: left;
      opacity: 0.7;
      font-weight: 500;
    }
    th,
    td {
      padding: 6px 12px 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class AliasHistoryTable {
  readonly entries = input.required<AliasHistoryEntry[]>();
}
