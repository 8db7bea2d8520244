import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { StartTraining } from '../../core/data-access/training.api';

type Toggle = 'default' | 'on' | 'off';

/** Hyper-parameters for a new training job; an empty field leaves the choice to the server. */
@Component({
  selector: 'sl-training-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="form">
      <mat-form-field>
        <mat-label>Architecture</mat-label>
        <mat-select
          formControlName="architecture"
          data-testid="train-architecture"
        >
          <mat-option value="cnn">CNN from scratch</mat-option>
          <mat-option value="transfer">Transfer (BACKBONE_URL)</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Epochs</mat-label>
        <input
          matInput
          type="number"
          min="1"
          formControlName="epochs"
          placeholder="default"
          data-testid="train-epochs"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Batch size</mat-label>
        <input
          matInput
          type="number"
          min="1"
          formControlName="batchSize"
          placeholder="default"
          data-testid="train-batch-size"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Learning rate</mat-label>
        <input
          matInput
          type="number"
          min="0"
          step="0.0001"
          formControlName="learningRate"
          placeholder="default"
          data-testid="train-learning-rate"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Image size (px)</mat-label>
        <input
          matInput
          type="number"
          min="8"
          formControlName="imageSize"
          placeholder="default"
          data-testid="train-image-size"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Augmentation</mat-label>
        <mat-select formControlName="augment" data-testid="train-augment">
          <mat-option value="default">Server default</mat-option>
          <mat-option value="on">On</mat-option>
          <mat-option value="off">Off</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Mirror when augmenting</mat-label>
        <mat-select formControlName="flip" data-testid="train-flip">
          <mat-option value="default">Server default</mat-option>
          <mat-option value="on">On</mat-option>
          <mat-option value="off">Off</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Weight average decay</mat-label>
        <input
          matInput
          type="number"
          min="0"
          max="0.9999"
          step="0.001"
          formControlName="averageDecay"
          placeholder="default"
          data-testid="train-average-decay"
        />
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        [disabled]="disabled()"
        data-testid="train-start"
      >
        <mat-icon svgIcon="play" />
        Train
      </button>
    </form>
    @if (form.invalid && form.touched) {
      <p class="error-text">
        Numbers must be positive (epochs, batch size and image size whole
        numbers; the weight average decay from 0 up to 0.9999).
      </p>
    }
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: baseline;
    }
    mat-form-field {
      width: 150px;
    }
  `,
})
export class TrainingForm {
  readonly disabled = input(false);
  readonly train = output<StartTraining>();

  private readonly whole = [Validators.min(1), Validators.pattern(/^\d+$/)];
  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    epochs: [null as number | null, this.whole],
    batchSize: [null as number | null, this.whole],
    learningRate: [null as number | null, [Validators.min(0)]],
    imageSize: [null as number | null, this.whole],
    augment: ['default' as Toggle],
    flip: ['default' as Toggle],
    averageDecay: [null as number | null, [Validators.min(0), Validators.max(0.9999)]],
    architecture: this.fb.nonNullable.control<'cnn' | 'transfer'>('cnn'),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const {
      epochs,
      batchSize,
      learningRate,
      imageSize,
      augment,
      flip,
      averageDecay,
      architecture,
    } = this.form.getRawValue();
    const body: StartTraining = { architecture };
    if (epochs !== null) {
      body.epochs = epochs;
    }
    if (batchSize !== null) {
      body.batchSize = batchSize;
    }
    if (learningRate !== null && learningRate > 0) {
      body.learningRate = learningRate;
    }
    if (imageSize !== null) {
      body.imageSize = imageSize;
    }
    if (augment === 'on' || augment === 'off') {
      body.augment = augment === 'on';
    }
    if (flip === 'on' || flip === 'off') {
      body.flip = flip === 'on';
    }
    if (averageDecay !== null) {
      body.averageDecay = averageDecay;
    }
    this.train.emit(body);
  }
}
