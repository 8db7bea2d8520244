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
import type { UploadProgress } from './image-upload';

@Component({
  selector: 'sl-upload-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, MatButtonModule, MatIconModule],
  template: `
    @let p = progress();
    <div class="summary" data-testid="upload-summary" [attr.data-done]="p.done">
      @if (!p.done) {
        <mat-progress-bar mode="determinate" [value]="percent()" />
        <p>Uploading {{ p.processed }} / {{ p.total }}…</p>
      }
      <p class="counts">
        <span data-testid="upload-stored">{{ p.stored }} stored</span> ·
        <span data-testid="upload-duplicates"
          >{{ p.duplicates }} duplicate{{ p.duplicates === 1 ? '' : 's' }}</span
        >
        ·
        <span
          data-testid="upload-errors"
          [class.error-text]="p.errors.length > 0"
        >
          {{ p.errors.length }} error{{ p.errors.length === 1 ? '' : 's' }}
        </span>
        @if (p.done) {
          <button mat-icon-button aria-label="Dismiss" (click)="dismiss.emit()">
            <mat-icon svgIcon="close" />
          </button>
        }
      </p>
      @if (p.errors.length) {
        <ul class="errors">
          @for (error of p.errors; track $index) {
            <li class="error-text" data-testid="upload-error">
              <strong>{{ error.file }}</strong
              >: {{ error.message }}
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .summary {
      padding: 8px 0;
    }
    .counts {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 4px 0;
    }
    .errors {
      margin: 0;
      max-height: 160px;
      overflow: auto;
    }
  `,
})
export class UploadSummary {
  readonly progress = input.required<UploadProgress>();
  readonly dismiss = output();

  protected readonly percent = computed(() => {
    const p = this.progress();
    return p.total ? (100 * p.processed) / p.total : 100;
  });
}
