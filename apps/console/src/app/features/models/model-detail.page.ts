import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import {
  readImportSource,
  readModelMetrics,
} from '../../core/data-access/model-metrics';
import { ModelsApi } from '../../core/data-access/models.api';
import { CurvesChart } from '../../shared/ui/curves-chart';
import {
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../shared/ui/format';
import {
  ReasonDialog,
  type ReasonDialogData,
} from '../../shared/ui/reason-dialog';
import { saveFile } from '../../shared/ui/save-file';
import { ConfusionMatrix, type ConfusionCell } from './confusion-matrix';
import { KeyValueTable } from './key-value-table';
import { PerClassTable } from './per-class-table';
import { TestResultGrid } from './test-result-grid';

/** One model version: its held-out metrics, confusion matrix (click a cell for its images), curves, promotion. */
@Component({
  selector: 'sl-model-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    CurvesChart,
    ConfusionMatrix,
    KeyValueTable,
    PerClassTable,
    TestResultGrid,
  ],
  template: `
    @if (model.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (model.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    @if (model.value(); as m) {
      <div class="header">
        <a
          mat-icon-button
          [routerLink]="['/projects', m.projectId, 'models']"
          aria-label="Back to the project's models"
          data-testid="model-back"
        >
          <mat-icon svgIcon="back" />
        </a>
        <h1 data-testid="model-version">Model v{{ m.version }}</h1>
        <mat-chip-set aria-label="Aliases">
          @for (alias of m.aliases; track alias) {
            <mat-chip
              data-testid="model-alias"
              [attr.data-alias]="alias"
              [highlighted]="alias === 'production'"
              >{{ alias }}</mat-chip
            >
          }
        </mat-chip-set>
        <span class="spacer"></span>
        <button
          mat-stroked-button
          data-testid="model-export"
          [disabled]="exporting()"
          (click)="exportZip()"
        >
          <mat-icon svgIcon="download" />
          Export
        </button>
        @if (session.canWrite() && !isProduction()) {
          <button
            mat-flat-button
            data-testid="model-promote"
            [disabled]="busy()"
            (click)="promote()"
          >
            <mat-icon svgIcon="star" />
            Promote to production
          </button>
        }
      </div>

      <div class="grid">
        <mat-card appearance="outlined">
          <mat-card-header
            ><mat-card-title>Summary</mat-card-title></mat-card-header
          >
          <mat-card-content>
            <dl class="facts">
              <dt>Accuracy</dt>
              <dd data-testid="model-detail-accuracy">
                {{ percent(metrics().accuracy) }}
              </dd>
              <dt>Loss</dt>
              <dd>{{ number(metrics().loss) }}</dd>
              <dt>Train / test images</dt>
              <dd data-testid="model-counts">
                {{ metrics().trainCount ?? '—' | number }} /
                {{ metrics().testCount ?? '—' | number }}
              </dd>
              <dt>Training time</dt>
              <dd>{{ duration(metrics().trainingSeconds) }}</dd>
              <dt>Backend</dt>
              <dd>{{ metrics().backend ?? '—' }}</dd>
              <dt>Architecture</dt>
              <dd>{{ m.architecture }}</dd>
              <dt>Created</dt>
              <dd>{{ m.createdAt | date: 'medium' }}</dd>
              @if (importedFrom(); as source) {
                <dt>Imported from</dt>
                <dd data-testid="model-imported-from">
                  {{ source }}
                  <span class="muted">(metrics are the source's)</span>
                </dd>
              }
            </dl>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-header
            ><mat-card-title>Hyper-parameters</mat-card-title></mat-card-header
          >
          <mat-card-content>
            <sl-key-value-table
              [values]="m.hyperParameters"
              data-testid="model-hyper-parameters"
            />
          </mat-card-content>
        </mat-card>
      </div>

      <mat-card appearance="outlined" class="section">
        <mat-card-header
          ><mat-card-title>Per class</mat-card-title></mat-card-header
        >
        <mat-card-content>
          <sl-per-class-table
            [labels]="m.labels"
            [perClass]="metrics().perClass"
          />
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined" class="section">
        <mat-card-header>
          <mat-card-title>Confusion matrix</mat-card-title>
          <mat-card-subtitle
            >Click a cell to see those held-out images.</mat-card-subtitle
          >
        </mat-card-header>
        <mat-card-content>
          @if (metrics().confusionMatrix.length) {
            <sl-confusion-matrix
              [labels]="m.labels"
              [matrix]="metrics().confusionMatrix"
              [selected]="cell()"
              (picked)="pick($event)"
            />
          } @else {
            <p class="muted">Not recorded.</p>
          }
          @if (cell(); as c) {
            <h3 class="cell-title" data-testid="test-results-title">
              Actual {{ c.actual }}, predicted {{ c.predicted }}
            </h3>
            @if (testResults.isLoading()) {
              <mat-progress-bar mode="indeterminate" />
            }
            @if (testResults.error(); as err) {
              <p class="error-text">{{ describe(err) }}</p>
            }
            @if (testResults.hasValue()) {
              @if (testResults.value().length) {
                <sl-test-result-grid [results]="testResults.value()" />
              } @else {
                <p class="muted" data-testid="test-results-empty">No images.</p>
              }
            }
          }
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined" class="section">
        <mat-card-header
          ><mat-card-title>Training curves</mat-card-title></mat-card-header
        >
        <mat-card-content>
          <sl-curves-chart [curves]="metrics().curves" />
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: wrap;
      margin-bottom: 16px;
    }
    .header h1 {
      margin: 0;
    }
    .spacer {
      flex: 1;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 16px;
    }
    .section {
      margin-top: 16px;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
    }
    dt {
      opacity: 0.7;
    }
    dd {
      margin: 0;
    }
    .cell-title {
      font: var(--mat-sys-title-small);
      margin: 16px 0 8px;
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class ModelDetailPage {
  private readonly modelsApi = inject(ModelsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  /** Route param, bound by the router. */
  readonly modelId = input.required<string>();

  protected readonly model = resource({
    params: () => ({ id: this.modelId() }),
    loader: ({ params, abortSignal }) =>
      this.modelsApi.get(params.id, abortSignal),
  });
  protected readonly metrics = computed(() =>
    readModelMetrics(this.model.value()?.metrics),
  );
  /** "discs v4" for a version imported from an export; null for one trained here. */
  protected readonly importedFrom = computed(() => {
    const source = readImportSource(this.model.value()?.metrics);
    if (!source) {
      return null;
    }
    const name = source.projectName || 'another project';
    return source.version ? `${name} v${source.version}` : name;
  });
  protected readonly exporting = signal(false);
  protected readonly isProduction = computed(
    () => this.model.value()?.aliases.includes('production') ?? false,
  );

  /** The confusion-matrix cell whose images are listed. */
  protected readonly cell = signal<ConfusionCell | null>(null);
  protected readonly testResults = resource({
    params: () => {
      const cell = this.cell();
      return cell ? { id: this.modelId(), ...cell } : undefined;
    },
    loader: ({ params, abortSignal }) =>
      this.modelsApi.testResults(
        params.id,
        params.actual,
        params.predicted,
        abortSignal,
      ),
  });
  protected readonly busy = signal(false);

  protected readonly percent = formatPercent;
  protected readonly number = formatNumber;
  protected readonly duration = formatDuration;

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected pick(cell: ConfusionCell): void {
    const current = this.cell();
    this.cell.set(
      current?.actual === cell.actual && current.predicted === cell.predicted
        ? null
        : cell,
    );
  }

  protected async exportZip(): Promise<void> {
    this.exporting.set(true);
    try {
      const file = await this.modelsApi.exportZip(this.modelId());
      saveFile(file.blob, file.filename);
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.exporting.set(false);
    }
  }

  protected async promote(): Promise<void> {
    const model = this.model.value();
    if (!model) {
      return;
    }
    const data: ReasonDialogData = {
      title: `Promote v${model.version} to production?`,
      message:
        'Every inference replica switches to this version without a restart; the current production version can be restored with a rollback.',
      confirmLabel: 'Promote',
    };
    const result = await firstValueFrom(
      this.dialog
        .open<
          ReasonDialog,
          ReasonDialogData,
          { reason: string }
        >(ReasonDialog, { data })
        .afterClosed(),
    );
    if (!result) {
      return;
    }
    this.busy.set(true);
    try {
      const promoted = await this.modelsApi.promote(
        model.id,
        result.reason || undefined,
      );
      this.model.set(promoted);
      this.snackBar.open(`v${promoted.version} is in production`, undefined, {
        duration: 3000,
      });
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.busy.set(false);
    }
  }
}
