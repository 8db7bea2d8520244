import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** Drag and drop one or many files, or pick them; emits the chosen files. */
@Component({
  selector: 'sl-drop-zone',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <label
      class="zone"
      data-testid="drop-zone"
      [class.over]="over()"
      [class.disabled]="disabled()"
      (dragover)="onDragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="onDrop($event)"
    >
      <mat-icon svgIcon="upload" />
      <span>Drop images here, or <u>choose files</u></span>
      <span class="hint">JPEG, PNG, WebP, … — one or many at once</span>
      <input
        #picker
        type="file"
        multiple
        accept="image/*"
        [disabled]="disabled()"
        data-testid="drop-zone-input"
        (change)="onPicked(picker)"
      />
    </label>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      padding: 24px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      cursor: pointer;
      text-align: center;
    }
    .zone.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .zone.disabled {
      opacity: 0.5;
      cursor: default;
    }
    .hint {
      font-size: 12px;
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
export class DropZone {
  readonly disabled = input(false);
  readonly files = output<File[]>();

  protected readonly over = signal(false);

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (!this.disabled()) {
      this.over.set(true);
    }
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (!this.disabled() && files.length) {
      this.files.emit(files);
    }
  }

  protected onPicked(picker: HTMLInputElement): void {
    const files = Array.from(picker.files ?? []);
    // Reset so choosing the same files again fires another change event.
    picker.value = '';
    if (files.length) {
      this.files.emit(files);
    }
  }
}
