import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

/** An open object (e.g. hyper-parameters) as a two-column table, keys sorted. */
@Component({
  selector: 'sl-key-value-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <table>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr [attr.data-key]="row.key">
              <th>{{ row.key }}</th>
              <td class="mono">{{ row.value }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted">None recorded.</p>
    }
  `,
  styles: `
    table {
      border-collapse: collapse;
      font-size: 13px;
    }
    th {
      text-align: left;
      font-weight: 500;
      opacity: 0.7;
      padding: 4px 16px 4px 0;
    }
    td {
      padding: 4px 0;
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class KeyValueTable {
  readonly values = input.required<Record<string, unknown>>();

  protected readonly rows = computed(() =>
    Object.entries(this.values())
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({
        key,
        value:
          value !== null && typeof value === 'object'
            ? JSON.stringify(value)
            : String(value),
      })),
  );
}
