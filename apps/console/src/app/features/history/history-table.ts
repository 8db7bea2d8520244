import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { HistoryItem } from '../../core/data-access/history.api';
import { formatPercent } from '../../shared/ui/format';
import { SecureImage } from '../../shared/ui/secure-image';

/** Predictions with their images, one row each; a click opens the image. */
@Component({
  selector: 'sl-history-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SecureImage, DatePipe],
  template: `
    <table class="history" data-testid="history-table">
      <thead>
        <tr>
          <th></th>
          <th>Predicted</th>
          <th class="num">Confidence</th>
          <th>Label</th>
          <th>Model</th>
          <th>Reviewed</th>
          <th>Source</th>
          <th>Predicted at</th>
        </tr>
      </thead>
      <tbody>
        @for (item of items(); track item.prediction.id) {
          <tr
            class="row"
            tabindex="0"
            data-testid="history-row"
            [attr.data-prediction-id]="item.prediction.id"
            [attr.data-image-id]="item.image.id"
            [attr.data-predicted]="item.prediction.label"
            [attr.data-label]="item.image.label ?? ''"
            (click)="open.emit(item)"
            (keydown.enter)="open.emit(item)"
          >
            <td class="thumb-cell">
              <sl-secure-image
                class="thumb"
                [imageId]="item.image.id"
                variant="thumbnail"
                [alt]="item.prediction.label"
              />
            </td>
            <td>
              {{ item.prediction.label }}
              @if (item.prediction.uncertain) {
                <span class="badge" data-testid="history-uncertain"
                  >uncertain</span
                >
              }
            </td>
            <td class="num">{{ percent(item.prediction.confidence) }}</td>
            <td [class.muted]="!item.image.label">
              {{ item.image.label ?? 'unlabeled' }}
            </td>
            <td>v{{ item.prediction.modelVersion }}</td>
            <td>
              @if (!item.prediction.reviewed) {
                <span class="muted">no</span>
              } @else if (item.prediction.reviewCorrect) {
                confirmed
              } @else {
                corrected
              }
            </td>
            <td>
              @if (item.image.source === 'camera' && item.image.sourceId) {
                camera {{ cameraName(item.image.sourceId) }}
              } @else {
                {{ item.image.source }}
              }
            </td>
            <td>{{ item.prediction.createdAt | date: 'medium' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .history {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    .history th,
    .history td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .num {
      text-align: right !important;
    }
    .row {
      cursor: pointer;
    }
    .row:hover,
    .row:focus-visible {
      background: var(--mat-sys-surface-container-high);
    }
    .thumb-cell {
      width: 56px;
    }
    .thumb {
      width: 48px;
      height: 48px;
      background: var(--mat-sys-surface-container-highest);
    }
    .badge {
      margin-left: 4px;
      padding: 1px 6px;
      border-radius: 10px;
      font-size: 11px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class HistoryTable {
  readonly items = input.required<HistoryItem[]>();
  /** Camera names by id, for the source column. */
  readonly cameraNames = input<ReadonlyMap<string, string>>(new Map());
  readonly open = output<HistoryItem>();

  protected percent(value: number): string {
    return formatPercent(value);
  }

  protected cameraName(id: string): string {
    return this.cameraNames().get(id) ?? id.slice(0, 8);
  }
}
