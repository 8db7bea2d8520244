import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { Image } from '../../core/data-access/images.api';
import { SecureImage } from '../../shared/ui/secure-image';

@Component({
  selector: 'sl-thumbnail-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SecureImage],
  template: `
    <div class="grid">
      @for (image of images(); track image.id) {
        <button
          type="button"
          class="tile"
          data-testid="thumbnail"
          [attr.data-image-id]="image.id"
          [attr.data-label]="image.label ?? ''"
          (click)="open.emit(image)"
        >
          <sl-secure-image
            class="thumb"
            [imageId]="image.id"
            variant="thumbnail"
            [alt]="image.label ?? 'unlabeled'"
          />
          <span class="caption" [class.unlabeled]="!image.label">{{
            image.label ?? 'unlabeled'
          }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
      gap: 12px;
    }
    .tile {
      display: flex;
      flex-direction: column;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      cursor: pointer;
      overflow: hidden;
      color: inherit;
      font: inherit;
    }
    .tile:hover,
    .tile:focus-visible {
      border-color: var(--mat-sys-primary);
    }
    .thumb {
      height: 150px;
      background: var(--mat-sys-surface-container-highest);
    }
    .caption {
      padding: 4px 8px;
      font-size: 13px;
      text-align: left;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .unlabeled {
      opacity: 0.6;
      font-style: italic;
    }
  `,
})
export class ThumbnailGrid {
  readonly images = input.required<Image[]>();
  readonly open = output<Image>();
}
