import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LabelEntry } from '../../core/data-access/images.api';

/** An image's labels, newest first: the first one is its truth. */
@Component({
  selector: 'sl-label-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @if (entries().length) {
      <table class="history" data-testid="label-history">
        <thead>
          <tr>
            <th>Label</th>
            <th>Origin</th>
            <th>By</th>
            <th>When</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track $index) {
            <tr data-testid="label-history-row" [class.current]="$first">
              <td>{{ entry.label }}</td>
              <td>{{ entry.origin }}</td>
              <td>{{ entry.author }}</td>
              <td>{{ entry.createdAt | date: 'medium' }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted" data-testid="label-history-empty">Never labeled.</p>
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
      padding: 4px 8px 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .current td {
      font-weight: 600;
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class LabelHistory {
  readonly entries = input.required<LabelEntry[]>();
}
