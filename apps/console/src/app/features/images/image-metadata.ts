import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Image } from '../../core/data-access/images.api';

@Component({
  selector: 'sl-image-metadata',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, DecimalPipe],
  template: `
    @let image = this.image();
    <dl class="facts" data-testid="image-metadata">
      <dt>Label</dt>
      <dd data-testid="image-label">{{ image.label ?? '—' }}</dd>
      <dt>Dimensions</dt>
      <dd>{{ image.width }} × {{ image.height }} px</dd>
      <dt>Size</dt>
      <dd>
        {{ image.size / 1024 | number: '1.0-1' }} KiB ({{ image.size | number }}
        bytes)
      </dd>
      <dt>Type</dt>
      <dd>{{ image.mime }}</dd>
      <dt>Source</dt>
      <dd>
        {{ image.source }}
        @if (image.sourceId) {
          · {{ image.sourceId }}
        }
      </dd>
      <dt>Captured</dt>
      <dd>{{ image.capturedAt | date: 'medium' }}</dd>
      <dt>Stored</dt>
      <dd>{{ image.createdAt | date: 'medium' }}</dd>
      <dt>SHA-256</dt>
      <dd class="mono" data-testid="image-sha256">{{ image.sha256 }}</dd>
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 0;
    }
    dt {
      opacity: 0.7;
    }
    dd {
      margin: 0;
    }
  `,
})
export class ImageMetadata {
  readonly image = input.required<Image>();
}
