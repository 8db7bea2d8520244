import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TestResult } from '../../core/data-access/models.api';
import { SecureImage } from '../../shared/ui/secure-image';

/** Held-out images with the model's prediction; each opens the image's page. */
@Component({
  selector: 'sl-test-result-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SecureImage, RouterLink, DecimalPipe],
  template: `
    <div class="grid">
      @for (result of results(); track result.imageId) {
        <a
          class="tile"
          [routerLink]="['/images', result.imageId]"
          data-testid="test-result"
          [attr.data-image-id]="result.imageId"
        >
          <sl-secure-image
            class="thumb"
            [imageId]="result.imageId"
            variant="thumbnail"
            [alt]="result.label"
          />
          <span class="caption">
            {{ result.label }} → {{ result.predicted }}
            <span class="conf"
              >{{ result.confidence * 100 | number: '1.0-1' }}%</span
            >
          </span>
        </a>
      }
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(120px, 1fr));
      gap: 8px;
    }
    .tile {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      overflow: hidden;
      color: inherit;
      text-decoration: none;
    }
    .tile:hover {
      border-color: var(--mat-sys-primary);
    }
    .thumb {
      height: 110px;
      background: var(--mat-sys-surface-container-highest);
    }
    .caption {
      padding: 4px 6px;
      font-size: 12px;
    }
    .conf {
      opacity: 0.7;
    }
  `,
})
export class TestResultGrid {
  readonly results = input.required<TestResult[]>();
}
