import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import type { ModelVersion } from '../../core/data-access/models.api';
import { readModelMetrics } from '../../core/data-access/model-metrics';
import { formatPercent } from '../../shared/ui/format';

/** A project's model versions, newest first, with their aliases; a click opens one. */
@Component({
  selector: 'sl-model-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatChipsModule, DatePipe],
  template: `
    <table mat-table [dataSource]="models()" data-testid="model-table">
      <ng-container matColumnDef="version">
        <th mat-header-cell *matHeaderCellDef>Version</th>
        <td mat-cell *matCellDef="let model" class="version">
          v{{ model.version }}
        </td>
      </ng-container>
      <ng-container matColumnDef="architecture">
        <th mat-header-cell *matHeaderCellDef>Architecture</th>
        <td mat-cell *matCellDef="let model">{{ model.architecture }}</td>
      </ng-container>
      <ng-container matColumnDef="accuracy">
        <th mat-header-cell *matHeaderCellDef class="num">Accuracy</th>
        <td
          mat-cell
          *matCellDef="let model"
          class="num"
          data-testid="model-accuracy"
        >
          {{ accuracy(model) }}
        </td>
      </ng-container>
      <ng-container matColumnDef="createdAt">
        <th mat-header-cell *matHeaderCellDef>Created</th>
        <td mat-cell *matCellDef="let model">
          {{ model.createdAt | date: 'medium' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="aliases">
        <th mat-header-cell *matHeaderCellDef>Aliases</th>
        <td mat-cell *matCellDef="let model">
          <mat-chip-set aria-label="Aliases">
            @for (alias of model.aliases; track alias) {
              <mat-chip
                data-testid="model-alias"
                [attr.data-alias]="alias"
                [highlighted]="alias === 'production'"
                >{{ alias }}</mat-chip
              >
            }
          </mat-chip-set>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr
        mat-row
        *matRowDef="let model; columns: columns"
        class="row"
        data-testid="model-row"
        [attr.data-model-id]="model.id"
        [attr.data-version]="model.version"
        (click)="open.emit(model)"
      ></tr>
    </table>
  `,
  styles: `
    .row {
      cursor: pointer;
    }
    .row:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .version {
      font-weight: 500;
    }
    .num {
      text-align: right;
    }
  `,
})
export class ModelTable {
  readonly models = input.required<ModelVersion[]>();
  readonly open = output<ModelVersion>();

  protected readonly columns = [
    'version',
    'architecture',
    'accuracy',
    'createdAt',
    'aliases',
  ];

  protected accuracy(model: ModelVersion): string {
    return formatPercent(readModelMetrics(model.metrics).accuracy);
  }
}
