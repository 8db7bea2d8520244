import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';

export interface ConfusionCell {
  actual: string;
  predicted: string;
  count: number;
}

/**
 * Held-out results as a table: rows are actual labels, columns predicted ones. A cell is shaded by its
 * share of its row (correct in the primary colour, mistakes in the error colour); a click emits it.
 */
@Component({
  selector: 'sl-confusion-matrix',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll">
      <table data-testid="confusion-matrix">
        <thead>
          <tr>
            <th class="corner">actual ↓ · predicted →</th>
            @for (label of labels(); track label) {
              <th class="col">{{ label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.actual) {
            <tr>
              <th class="rowhead">{{ row.actual }}</th>
              @for (cell of row.cells; track cell.predicted) {
                <td>
                  <button
                    type="button"
                    class="cell"
                    data-testid="confusion-cell"
                    [attr.data-actual]="row.actual"
                    [attr.data-predicted]="cell.predicted"
                    [attr.data-count]="cell.count"
                    [attr.aria-label]="
                      cell.count +
                      ' ' +
                      row.actual +
                      ' predicted as ' +
                      cell.predicted
                    "
                    [class.diagonal]="cell.predicted === row.actual"
                    [class.selected]="isSelected(row.actual, cell.predicted)"
                    [style.--share]="cell.share"
                    (click)="
                      picked.emit({
                        actual: row.actual,
                        predicted: cell.predicted,
                        count: cell.count,
                      })
                    "
                  >
                    {{ cell.count }}
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 13px;
    }
    th {
      font-weight: 500;
      padding: 4px 6px;
      white-space: nowrap;
    }
    .corner {
      font-size: 11px;
      opacity: 0.6;
      text-align: left;
    }
    .rowhead {
      text-align: right;
    }
    td {
      padding: 1px;
    }
    .cell {
      --tint: var(--mat-sys-error);
      min-width: 44px;
      height: 32px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      color: inherit;
      font: inherit;
      font-variant-numeric: tabular-nums;
      cursor: pointer;
      background: color-mix(
        in srgb,
        var(--tint) calc(var(--share) * 85%),
        transparent
      );
    }
    .cell.diagonal {
      --tint: var(--mat-sys-primary);
    }
    .cell.selected,
    .cell:focus-visible {
      outline: 2px solid var(--mat-sys-on-surface);
    }
  `,
})
export class ConfusionMatrix {
  readonly labels = input.required<string[]>();
  readonly matrix = input.required<number[][]>();
  readonly selected = input<{ actual: string; predicted: string } | null>(null);
  readonly picked = output<ConfusionCell>();

  protected readonly rows = computed(() => {
    const labels = this.labels();
    return labels.map((actual, i) => {
      const counts = labels.map((_, j) => this.matrix()[i]?.[j] ?? 0);
      const total = counts.reduce((sum, n) => sum + n, 0);
      return {
        actual,
        cells: labels.map((predicted, j) => ({
          predicted,
          count: counts[j],
          share: total ? counts[j] / total : 0,
        })),
      };
    });
  });

  protected isSelected(actual: string, predicted: string): boolean {
    const s = this.selected();
    return s !== null && s.actual === actual && s.predicted === predicted;
  }
}
