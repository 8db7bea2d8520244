import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  ImagesApi,
  type ImageVariant,
} from '../../core/data-access/images.api';

/**
 * Shows an image served behind the API's Authorization header: fetches it as a blob and shows an object URL,
 * revoked when the image changes or the component is destroyed.
 */
@Component({
  selector: 'sl-secure-image',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (url(); as src) {
      <img [src]="src" [alt]="alt()" />
    } @else if (failed()) {
      <span class="placeholder">unavailable</span>
    } @else {
      <span class="placeholder">loading…</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      justify-content: center;
      overflow: hidden;
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: contain;
      display: block;
    }
    .placeholder {
      font-size: 12px;
      opacity: 0.6;
    }
  `,
})
export class SecureImage {
  private readonly api = inject(ImagesApi);

  readonly imageId = input.required<string>();
  readonly variant = input<ImageVariant>('thumbnail');
  readonly alt = input('');

  protected readonly url = signal<string | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect((onCleanup) => {
      const id = this.imageId();
      const variant = this.variant();
      const controller = new AbortController();
      let objectUrl: string | null = null;
      this.url.set(null);
      this.failed.set(false);
      this.api.blob(id, variant, controller.signal).then(
        (blob) => {
          if (controller.signal.aborted) {
            return;
          }
          objectUrl = URL.createObjectURL(blob);
          this.url.set(objectUrl);
        },
        () => {
          if (!controller.signal.aborted) {
            this.failed.set(true);
          }
        },
      );
      onCleanup(() => {
        controller.abort();
        if (objectUrl) {
          URL.revokeObjectURL(objectUrl);
        }
      });
    });
  }
}
