import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { readCurves } from '../../core/data-access/model-metrics';
import {
  isTrainingFinished,
  type TrainingJob,
} from '../../core/data-access/training.api';
import { CurvesChart } from '../../shared/ui/curves-chart';
import {
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../shared/ui/format';

/** One training job as it runs: state, counters, a progress bar and the curves so far. */
@Component({
  selector: 'sl-training-job-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    CurvesChart,
  ],
  template: `
    @let j = job();
    <div class="head">
      <span class="state" data-testid="job-state" [attr.data-state]="j.state">{{
        j.state
      }}</span>
      <span class="muted"
        >{{ j.trigger }} · queued {{ j.createdAt | date: 'medium' }}</span
      >
      <span class="spacer"></span>
      @if (canWrite() && !finished()) {
        <button
          mat-stroked-button
          data-testid="train-cancel"
          [disabled]="cancelling()"
          (click)="cancelJob.emit(j)"
        >
          <mat-icon svgIcon="stop" />
          Cancel
        </button>
      }
      @if (j.state === 'succeeded' && j.modelId) {
        <a
          mat-flat-button
          [routerLink]="['/models', j.modelId]"
          data-testid="job-model-link"
        >
          <mat-icon svgIcon="models" />
          Open the model
        </a>
      }
    </div>
    <mat-progress-bar
      [mode]="j.state === 'queued' ? 'indeterminate' : 'determinate'"
      [value]="progressPercent()"
      data-testid="job-progress"
      [attr.data-progress]="j.progress ?? 0"
    />
    <dl class="facts">
      <dt>Progress</dt>
      <dd>{{ progressPercent() | number: '1.0-1' }}%</dd>
      <dt>Epoch</dt>
      <dd data-testid="job-epoch">
        {{ j.epoch ?? '—' }} / {{ j.epochs ?? '—' }}
      </dd>
      <dt>Batch</dt>
      <dd>{{ j.batch ?? '—' }} / {{ j.batches ?? '—' }}</dd>
      <dt>Loss</dt>
      <dd data-testid="job-loss">{{ number(j.loss) }}</dd>
      <dt>Accuracy</dt>
      <dd data-testid="job-accuracy">{{ percent(j.accuracy) }}</dd>
      <dt>Val. loss</dt>
      <dd>{{ number(j.valLoss) }}</dd>
      <dt>Val. accuracy</dt>
      <dd data-testid="job-val-accuracy">{{ percent(j.valAccuracy) }}</dd>
      <dt>Samples/s</dt>
      <dd>
        {{
          j.samplesPerSecond === null
            ? '—'
            : (j.samplesPerSecond | number: '1.0-1')
        }}
      </dd>
      <dt>{{ finished() ? 'Finished' : 'ETA' }}</dt>
      <dd data-testid="job-eta">
        {{
          finished() ? (j.finishedAt | date: 'medium') : duration(j.etaSeconds)
        }}
      </dd>
    </dl>
    @if (params()) {
      <p class="muted" data-testid="job-params">Parameters: {{ params() }}</p>
    }
    @if (j.error) {
      <p class="error-text" data-testid="job-error">{{ j.error }}</p>
    }
    <sl-curves-chart [curves]="curves()" />
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: wrap;
      margin-bottom: 12px;
    }
    .spacer {
      flex: 1;
    }
    .state {
      padding: 4px 12px;
      border-radius: 12px;
      font-weight: 500;
      background: var(--mat-sys-surface-container-highest);
    }
    .state[data-state='running'] {
      background: var(--mat-sys-tertiary-container);
    }
    .state[data-state='succeeded'] {
      background: var(--mat-sys-primary-container);
    }
    .state[data-state='failed'] {
      background: var(--mat-sys-error-container);
    }
    .muted {
      opacity: 0.7;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(
        auto-fill,
        minmax(110px, max-content) minmax(90px, 1fr)
      );
      gap: 6px 12px;
      margin: 16px 0;
    }
    dt {
      opacity: 0.7;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class TrainingJobDetail {
  readonly job = input.required<TrainingJob>();
  readonly canWrite = input(false);
  readonly cancelling = input(false);
  readonly cancelJob = output<TrainingJob>();

  protected readonly finished = computed(() => isTrainingFinished(this.job()));
  protected readonly progressPercent = computed(() => {
    const job = this.job();
    return job.state === 'succeeded'
      ? 100
      : Math.max(0, Math.min(100, (job.progress ?? 0) * 100));
  });
  protected readonly curves = computed(() => readCurves(this.job().curves));
  protected readonly params = computed(() =>
    Object.entries(this.job().params ?? {})
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => `${key} ${String(value)}`)
      .join(' · '),
  );

  protected readonly percent = formatPercent;
  protected readonly number = formatNumber;
  protected readonly duration = formatDuration;
}
