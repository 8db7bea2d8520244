import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { ClassMetrics } from '../../core/data-access/model-metrics';
import { formatPercent } from '../../shared/ui/format';

/** Precision, recall, F1 and support of each label on the held-out images. */
@Component({
  selector: 'sl-per-class-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table data-testid="per-class">
      <thead>
        <tr>
          <th>Label</th>
          <th class="num">Precision</th>
          <th class="num">Recall</th>
          <th class="num">F1</th>
          <th class="num">Support</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.label) {
          <tr data-testid="per-class-row" [attr.data-label]="row.label">
            <td>{{ row.label }}</td>
            <td class="num">{{ percent(row.metrics.precision) }}</td>
            <td class="num">{{ percent(row.metrics.recall) }}</td>
            <td class="num">{{ percent(row.metrics.f1) }}</td>
            <td class="num">{{ row.metrics.support ?? '—' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    table {
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
      padding: 4px 12px 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class PerClassTable {
  /** The version's labels, which give the order; labels missing from `perClass` show dashes. */
  readonly labels = input.required<string[]>();
  readonly perClass = input.required<Record<string, ClassMetrics>>();

  protected readonly rows = computed(() => {
    const perClass = this.perClass();
    const labels = [
      ...this.labels(),
      ...Object.keys(perClass).filter((l) => !this.labels().includes(l)),
    ];
    const none: ClassMetrics = {
      precision: null,
      recall: null,
      f1: null,
      support: null,
    };
    return labels.map((label) => ({
      label,
      metrics: perClass[label] ?? none,
    }));
  });
  protected readonly percent = formatPercent;
}
