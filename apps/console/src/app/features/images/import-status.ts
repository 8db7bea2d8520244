import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  isImportFinished,
  type ImportJob,
} from '../../core/data-access/imports.api';

/** A zip import's progress: counts, a bar (indeterminate until the zip's size is known), labels added, errors. */
@Component({
  selector: 'sl-import-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatProgressBarModule, MatButtonModule, MatIconModule],
  template: `
    @let j = job();
    <div
      class="status"
      data-testid="import-status"
      [attr.data-state]="j.state"
      [attr.data-import-id]="j.id"
    >
      <p class="head">
        <strong>Import of {{ j.filename }}</strong>
        <span class="state" [class.error-text]="j.state === 'failed'">{{
          j.state
        }}</span>
        @if (finished()) {
          <button
            mat-icon-button
            aria-label="Dismiss"
            data-testid="import-dismiss"
            (click)="dismiss.emit()"
          >
            <mat-icon svgIcon="close" />
          </button>
        }
      </p>
      @if (!finished()) {
        <mat-progress-bar
          [mode]="j.total > 0 ? 'determinate' : 'indeterminate'"
          [value]="percent()"
          data-testid="import-progress"
        />
      }
      <p class="counts">
        <span data-testid="import-imported"
          >{{ j.imported | number }} imported</span
        >
        ·
        <span data-testid="import-duplicates"
          >{{ j.duplicates | number }} duplicate{{
            j.duplicates === 1 ? '' : 's'
          }}</span
        >
        ·
        <span data-testid="import-skipped"
          >{{ j.skipped | number }} skipped</span
        >
        @if (j.total > 0) {
          ·
          <span data-testid="import-total"
            >{{ processed() | number }} / {{ j.total | number }} files</span
          >
        }
      </p>
      @if (j.labelsAdded.length) {
        <p data-testid="import-labels-added">
          New labels: {{ j.labelsAdded.join(', ') }}
        </p>
      }
      @if (j.error) {
        <p class="error-text" data-testid="import-error">{{ j.error }}</p>
      }
      <div data-testid="import-errors" [attr.data-count]="j.errors.length">
        @if (j.errors.length) {
          <p class="error-text">
            {{ j.errors.length }} file{{ j.errors.length === 1 ? '' : 's' }} not
            imported:
          </p>
          <ul class="errors">
            @for (error of j.errors; track $index) {
              <li class="error-text" data-testid="import-error-row">
                <strong>{{ error.file }}</strong
                >: {{ error.reason }}
              </li>
            }
          </ul>
        }
      </div>
    </div>
  `,
  styles: `
    .status {
      padding: 8px 0;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 4px;
    }
    .state {
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      font-size: 12px;
    }
    .counts {
      margin: 4px 0;
    }
    .errors {
      margin: 0;
      max-height: 160px;
      overflow: auto;
    }
  `,
})
export class ImportStatus {
  readonly job = input.required<ImportJob>();
  readonly dismiss = output();

  protected readonly finished = computed(() => isImportFinished(this.job()));
  /** Files dealt with so far; failed files count as skipped. */
  protected readonly processed = computed(() => {
    const j = this.job();
    const done = j.imported + j.duplicates + j.skipped;
    return j.total > 0 ? Math.min(done, j.total) : done;
  });
  protected readonly percent = computed(() => {
    const total = this.job().total;
    return total > 0 ? Math.min(100, (100 * this.processed()) / total) : 0;
  });
}
