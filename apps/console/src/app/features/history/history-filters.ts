import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  EMPTY_FILTER,
  fromLocalInput,
  toLocalInput,
  type HistoryFilterValue,
  type TriState,
} from './history-filter';

function toNumber(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

function fromNumber(value: number | null): string {
  return value === null || Number.isNaN(value) ? '' : String(value);
}

export interface CameraOption {
  id: string;
  name: string;
}

/** The history filters; shows `value` and emits a new value on Apply (or Enter) and Clear. */
@Component({
  selector: 'sl-history-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonToggleModule,
    MatButtonModule,
  ],
  template: `
    <form
      class="filters"
      [formGroup]="form"
      (ngSubmit)="apply()"
      data-testid="history-filters"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Predicted</mat-label>
        <mat-select formControlName="predicted" data-testid="filter-predicted">
          <mat-option value="">Any</mat-option>
          @for (l of labels(); track l) {
            <mat-option
              [value]="l"
              [attr.data-testid]="'filter-predicted-' + l"
              >{{ l }}</mat-option
            >
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Label</mat-label>
        <mat-select formControlName="label" data-testid="filter-label">
          <mat-option value="">Any</mat-option>
          @for (l of labels(); track l) {
            <mat-option [value]="l" [attr.data-testid]="'filter-label-' + l">{{
              l
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="narrow">
        <mat-label>Model version</mat-label>
        <mat-select formControlName="modelVersion" data-testid="filter-model">
          <mat-option value="">Any</mat-option>
          @for (v of versions(); track v) {
            <mat-option
              [value]="'' + v"
              [attr.data-testid]="'filter-model-' + v"
              >v{{ v }}</mat-option
            >
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="narrow">
        <mat-label>Min confidence</mat-label>
        <input
          matInput
          type="number"
          step="0.05"
          min="0"
          max="1"
          placeholder="0"
          formControlName="minConfidence"
          data-testid="filter-min-confidence"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="narrow">
        <mat-label>Max confidence</mat-label>
        <input
          matInput
          type="number"
          step="0.05"
          min="0"
          max="1"
          placeholder="1"
          formControlName="maxConfidence"
          data-testid="filter-max-confidence"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Camera</mat-label>
        <mat-select formControlName="camera" data-testid="filter-camera">
          <mat-option value="">Any</mat-option>
          @for (c of cameras(); track c.id) {
            <mat-option [value]="c.id">{{ c.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Predicted from</mat-label>
        <input
          matInput
          type="datetime-local"
          formControlName="from"
          data-testid="filter-from"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Predicted before</mat-label>
        <input
          matInput
          type="datetime-local"
          formControlName="to"
          data-testid="filter-to"
        />
      </mat-form-field>
      <div class="toggle">
        <span class="toggle-label">Reviewed</span>
        <mat-button-toggle-group
          formControlName="reviewed"
          aria-label="Reviewed"
          data-testid="filter-reviewed"
        >
          <mat-button-toggle value="any" data-testid="filter-reviewed-any"
            >Any</mat-button-toggle
          >
          <mat-button-toggle value="true" data-testid="filter-reviewed-yes"
            >Yes</mat-button-toggle
          >
          <mat-button-toggle value="false" data-testid="filter-reviewed-no"
            >No</mat-button-toggle
          >
        </mat-button-toggle-group>
      </div>
      <div class="toggle">
        <span class="toggle-label">Uncertain</span>
        <mat-button-toggle-group
          formControlName="uncertain"
          aria-label="Uncertain"
          data-testid="filter-uncertain"
        >
          <mat-button-toggle value="any">Any</mat-button-toggle>
          <mat-button-toggle value="true" data-testid="filter-uncertain-yes"
            >Yes</mat-button-toggle
          >
          <mat-button-toggle value="false" data-testid="filter-uncertain-no"
            >No</mat-button-toggle
          >
        </mat-button-toggle-group>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="filter-apply">
          Apply
        </button>
        <button
          mat-button
          type="button"
          data-testid="filter-clear"
          (click)="changed.emit(empty)"
        >
          Clear
        </button>
      </div>
    </form>
  `,
  styles: `
    .filters {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
    .narrow {
      width: 150px;
    }
    .toggle {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .toggle-label {
      font-size: 12px;
      opacity: 0.7;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class HistoryFilters {
  readonly labels = input.required<string[]>();
  readonly versions = input<number[]>([]);
  readonly cameras = input<CameraOption[]>([]);
  readonly value = input.required<HistoryFilterValue>();
  readonly changed = output<HistoryFilterValue>();

  protected readonly empty = EMPTY_FILTER;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    label: '',
    predicted: '',
    modelVersion: '',
    // Number inputs hold numbers (null when empty); the filter keeps strings.
    minConfidence: this.fb.control<number | null>(null),
    maxConfidence: this.fb.control<number | null>(null),
    camera: '',
    from: '',
    to: '',
    reviewed: 'any' as TriState,
    uncertain: 'any' as TriState,
  });

  constructor() {
    // The URL is the truth: the form follows it (back and forward, links, Clear).
    effect(() => {
      const value = this.value();
      this.form.setValue({
        ...value,
        minConfidence: toNumber(value.minConfidence),
        maxConfidence: toNumber(value.maxConfidence),
        from: toLocalInput(value.from),
        to: toLocalInput(value.to),
      });
    });
  }

  protected apply(): void {
    const raw = this.form.getRawValue();
    this.changed.emit({
      ...raw,
      minConfidence: fromNumber(raw.minConfidence),
      maxConfidence: fromNumber(raw.maxConfidence),
      from: fromLocalInput(raw.from),
      to: fromLocalInput(raw.to),
    });
  }
}
