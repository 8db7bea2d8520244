import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

export type LabeledFilter = 'any' | 'true' | 'false';

export interface ImageFilterValue {
  label: string;
  labeled: LabeledFilter;
}

@Component({
  selector: 'sl-image-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatSelectModule, MatButtonToggleModule],
  template: `
    <div class="filters">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Label</mat-label>
        <mat-select
          [value]="label()"
          (valueChange)="changed.emit({ label: $event, labeled: labeled() })"
          data-testid="filter-label"
        >
          <mat-option value="" data-testid="filter-label-any"
            >Any label</mat-option
          >
          @for (l of labels(); track l) {
            <mat-option [value]="l" [attr.data-testid]="'filter-label-' + l">{{
              l
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-button-toggle-group
        [value]="labeled()"
        (change)="changed.emit({ label: label(), labeled: $event.value })"
        aria-label="Labeled"
        data-testid="filter-labeled"
      >
        <mat-button-toggle value="any" data-testid="filter-labeled-any"
          >Any</mat-button-toggle
        >
        <mat-button-toggle value="true" data-testid="filter-labeled-yes"
          >Labeled</mat-button-toggle
        >
        <mat-button-toggle value="false" data-testid="filter-labeled-no"
          >Unlabeled</mat-button-toggle
        >
      </mat-button-toggle-group>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      align-items: center;
      gap: 16px;
      flex-wrap: wrap;
    }
  `,
})
export class ImageFilters {
  readonly labels = input.required<string[]>();
  readonly label = input('');
  readonly labeled = input<LabeledFilter>('any');
  readonly changed = output<ImageFilterValue>();
}
