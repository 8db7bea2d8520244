import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { TrainingJob } from '../../core/data-access/training.api';
import { formatPercent } from '../../shared/ui/format';

/** A project's training jobs, newest first; a click selects one. */
@Component({
  selector: 'sl-training-job-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, DatePipe],
  template: `
    <div class="scroll">
      <table mat-table [dataSource]="jobs()" data-testid="job-table">
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef>Queued</th>
          <td mat-cell *matCellDef="let job">
            {{ job.createdAt | date: 'short' }}
          </td>
        </ng-container>
        <ng-container matColumnDef="trigger">
          <th mat-header-cell *matHeaderCellDef>Trigger</th>
          <td mat-cell *matCellDef="let job">{{ job.trigger }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>State</th>
          <td mat-cell *matCellDef="let job">
            <span class="state" [attr.data-state]="job.state">{{
              job.state
            }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="progress">
          <th mat-header-cell *matHeaderCellDef class="num">Progress</th>
          <td mat-cell *matCellDef="let job" class="num">
            {{ percent(job.progress) }}
          </td>
        </ng-container>
        <ng-container matColumnDef="valAccuracy">
          <th mat-header-cell *matHeaderCellDef class="num">Val. accuracy</th>
          <td mat-cell *matCellDef="let job" class="num">
            {{ percent(job.valAccuracy) }}
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr
          mat-row
          *matRowDef="let job; columns: columns"
          class="row"
          data-testid="job-row"
          [attr.data-job-id]="job.id"
          [attr.data-state]="job.state"
          [class.selected]="job.id === selectedId()"
          (click)="selected.emit(job)"
        ></tr>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .row {
      cursor: pointer;
    }
    .row:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .row.selected {
      background: var(--mat-sys-secondary-container);
    }
    .num {
      text-align: right;
    }
    .state {
      padding: 2px 8px;
      border-radius: 12px;
      font-size: 12px;
      background: var(--mat-sys-surface-container-highest);
    }
    .state[data-state='succeeded'] {
      background: var(--mat-sys-primary-container);
    }
    .state[data-state='failed'] {
      background: var(--mat-sys-error-container);
    }
  `,
})
export class TrainingJobList {
  readonly jobs = input.required<TrainingJob[]>();
  readonly selectedId = input<string | null>(null);
  readonly selected = output<TrainingJob>();

  protected readonly columns = [
    'createdAt',
    'trigger',
    'state',
    'progress',
    'valAccuracy',
  ];
  protected readonly percent = formatPercent;
}
