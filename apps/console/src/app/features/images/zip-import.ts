import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A button and drop target for one zip in image-folder layout; emits the chosen file. */
@Component({
  selector: 'sl-zip-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <label
      class="target"
      data-testid="import-zip"
      [class.over]="over()"
      [class.disabled]="disabled()"
      (dragover)="onDragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="onDrop($event)"
    >
      <mat-icon svgIcon="archive" />
      <span class="title">Import zip</span>
      <span class="hint"
        >train/&lt;label&gt;/…, test/&lt;label&gt;/… or &lt;label&gt;/…</span
      >
      <input
        #picker
        type="file"
        accept=".zip,application/zip,application/x-zip-compressed"
        [disabled]="disabled()"
        data-testid="import-zip-input"
        (change)="onPicked(picker)"
      />
    </label>
  `,
  styles: `
    .target {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 2px;
      padding: 12px 16px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      cursor: pointer;
      text-align: center;
      position: relative;
    }
    .target.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .target.disabled {
      opacity: 0.5;
      cursor: default;
    }
    .title {
      font-weight: 500;
    }
    .hint {
      font-size: 11px;
      opacity: 0.7;
    }
    input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      overflow: hidden;
    }
  `,
})
export class ZipImport {
  readonly disabled = input(false);
  readonly file = output<File>();

  protected readonly over = signal(false);

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (!this.disabled()) {
      this.over.set(true);
    }
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    // The images drop zone may sit around this one: the zip is ours alone.
    event.stopPropagation();
    this.over.set(false);
    const file = event.dataTransfer?.files[0];
    if (!this.disabled() && file) {
      this.file.emit(file);
    }
  }

  protected onPicked(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) {
      this.file.emit(file);
    }
  }
}
