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
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import {
  ModelsApi,
  type ModelVersion,
} from '../../core/data-access/models.api';
import { ProjectsApi } from '../../core/data-access/projects.api';
import {
  ReasonDialog,
  type ReasonDialogData,
} from '../../shared/ui/reason-dialog';
import { AliasHistoryTable } from './alias-history-table';
import { ModelTable } from './model-table';
import { ProjectTabs } from '../../shared/ui/project-tabs';

/** A project's model versions, the production alias's history, and rollback. */
@Component({
  selector: 'sl-models-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ProjectTabs,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ModelTable,
    AliasHistoryTable,
  ],
  template: `
    <div class="header">
      <a
        mat-icon-button
        routerLink="/models"
        aria-label="Back to the projects"
        data-testid="models-back"
      >
        <mat-icon svgIcon="back" />
      </a>
      <h1>{{ project.value()?.name ?? 'Project' }} · models</h1>
      <span class="spacer"></span>
      <a
        mat-button
        [routerLink]="['/projects', projectId(), 'training']"
        data-testid="models-training-link"
      >
        <mat-icon svgIcon="training" />
        Training
      </a>
      @if (session.canWrite()) {
        <input
          #picker
          hidden
          type="file"
          accept=".zip,application/zip,application/x-zip-compressed"
          data-testid="model-import-input"
          (change)="importZip(picker)"
        />
        <button
          mat-stroked-button
          data-testid="model-import"
          title="A model zip exported by Sightline: model.json, weights.bin, sightline-model.json"
          [disabled]="busy()"
          (click)="picker.click()"
        >
          <mat-icon svgIcon="upload" />
          Import model
        </button>
        <button
          mat-stroked-button
          data-testid="model-rollback"
          [disabled]="busy() || !production()"
          (click)="rollback()"
        >
          <mat-icon svgIcon="restore" />
          Roll back production
        </button>
      }
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    <p class="production" data-testid="production-model">
      Production:
      @if (production(); as model) {
        <a [routerLink]="['/models', model.id]">v{{ model.version }}</a>
      } @else {
        none yet
      }
    </p>

    <mat-card appearance="outlined">
      <mat-card-header
        ><mat-card-title>Versions</mat-card-title></mat-card-header
      >
      <mat-card-content>
        @if (models.isLoading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (models.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        }
        @if (models.hasValue()) {
          @if (models.value().length) {
            <sl-model-table [models]="models.value()" (open)="open($event)" />
          } @else {
            <p class="muted" data-testid="models-empty">
              No model versions yet.
              <a [routerLink]="['/projects', projectId(), 'training']"
                >Train one.</a
              >
            </p>
          }
        }
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="history">
      <mat-card-header
        ><mat-card-title>Promotion history</mat-card-title></mat-card-header
      >
      <mat-card-content>
        @if (history.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        }
        @if (history.hasValue()) {
          <sl-alias-history-table [entries]="history.value()" />
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .header h1 {
      margin: 0;
    }
    .spacer {
      flex: 1;
    }
    .production {
      margin: 12px 0;
    }
    .history {
      margin-top: 16px;
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class ModelsPage {
  private readonly modelsApi = inject(ModelsApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  /** Route param, bound by the router. */
  readonly projectId = input.required<string>();

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly models = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.modelsApi.list(params.id, abortSignal),
  });
  protected readonly history = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.modelsApi.history(params.id, abortSignal),
  });
  protected readonly production = computed(
    () =>
      this.models.value()?.find((m) => m.aliases.includes('production')) ??
      null,
  );
  protected readonly busy = signal(false);

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected open(model: ModelVersion): void {
    void this.router.navigate(['/models', model.id]);
  }

  /** Uploads the chosen model zip as a new version of this project. */
  protected async importZip(picker: HTMLInputElement): Promise<void> {
    const zip = picker.files?.[0];
    picker.value = '';
    if (!zip) {
      return;
    }
    this.busy.set(true);
    try {
      const model = await this.modelsApi.importZip(this.projectId(), zip);
      const alias = model.aliases.includes('production')
        ? 'production'
        : 'a candidate';
      this.snackBar
        .open(`Imported as v${model.version}, ${alias}`, 'Open', {
          duration: 6000,
        })
        .onAction()
        .subscribe(() => this.open(model));
      this.models.reload();
      this.history.reload();
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 10000 });
    } finally {
      this.busy.set(false);
    }
  }

  protected async rollback(): Promise<void> {
    const current = this.production();
    const data: ReasonDialogData = {
      title: 'Roll back production?',
      message: `Production moves from v${current?.version ?? '?'} back to the version it pointed at before. Every inference replica switches without a restart.`,
      confirmLabel: 'Roll back',
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
      const model = await this.modelsApi.rollback(
        this.projectId(),
        result.reason || undefined,
      );
      this.snackBar.open(`Production is now v${model.version}`, undefined, {
        duration: 3000,
      });
      this.models.reload();
      this.history.reload();
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.busy.set(false);
    }
  }
}
