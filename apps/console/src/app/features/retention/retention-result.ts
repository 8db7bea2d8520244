import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RetentionResult } from '../../core/data-access/projects.api';
import { formatBytes } from '../../shared/ui/format';
import { SecureImage } from '../../shared/ui/secure-image';

/** Thumbnails of what a dry run would delete, at most this many. */
const PREVIEW = 24;

/** What a retention run deleted, or in a dry run would delete, with the first images a dry run names. */
@Component({
  selector: 'sl-retention-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, SecureImage],
  template: `
    <div
      class="result"
      data-testid="retention-result"
      [attr.data-dry-run]="result().dryRun"
      [attr.data-images]="result().images"
    >
      <p data-testid="retention-summary">
        @if (result().dryRun) {
          Dry run: {{ result().images }} image(s) ({{ bytes() }}) would be
          deleted now.
        } @else {
          Deleted {{ result().images }} image(s) ({{ bytes() }}).
        }
      </p>
      @if (result().dryRun && preview().length) {
        <div class="grid">
          @for (id of preview(); track id) {
            <a
              class="tile"
              [routerLink]="['/images', id]"
              data-testid="retention-image"
              [attr.data-image-id]="id"
            >
              <sl-secure-image [imageId]="id" variant="thumbnail" alt="" />
            </a>
          }
        </div>
        @if (result().images > preview().length) {
          <p class="muted">
            …and {{ result().images - preview().length }} more.
          </p>
        }
      }
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(72px, 1fr));
      gap: 8px;
      max-width: 800px;
    }
    .tile sl-secure-image {
      height: 72px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class RetentionResultView {
  readonly result = input.required<RetentionResult>();

  protected readonly bytes = computed(() => formatBytes(this.result().bytes));
  protected readonly preview = computed(() =>
    this.result().imageIds.slice(0, PREVIEW),
  );
}
