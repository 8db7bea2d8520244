import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { catchError, EMPTY, interval, of, switchMap } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { ProjectsApi } from '../../core/data-access/projects.api';
import {
  isTrainingFinished,
  TrainingApi,
  type StartTraining,
  type TrainingJob,
} from '../../core/data-access/training.api';
import { TrainingForm } from './training-form';
import { TrainingJobDetail } from './training-job-detail';
import { TrainingJobList } from './training-job-list';
import { ProjectTabs } from '../../shared/ui/project-tabs';

/** While another job than the followed one is active, the list is refreshed this often. */
const LIST_REFRESH_MS = 5000;

/** A project's training: start a job, list the jobs, follow the selected one live. */
@Component({
  selector: 'sl-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ProjectTabs,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TrainingForm,
    TrainingJobList,
    TrainingJobDetail,
  ],
  template: `
    <div class="header">
      <a
        mat-icon-button
        routerLink="/training"
        aria-label="Back to the projects"
        data-testid="training-back"
      >
        <mat-icon svgIcon="back" />
      </a>
      <h1>{{ project.value()?.name ?? 'Project' }} · training</h1>
      <span class="spacer"></span>
      <a
        mat-button
        [routerLink]="['/projects', projectId(), 'models']"
        data-testid="training-models-link"
      >
        <mat-icon svgIcon="models" />
        Models
      </a>
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }

    @if (session.canWrite()) {
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title>New training job</mat-card-title>
          <mat-card-subtitle
            >Leave a field empty for the server's default.</mat-card-subtitle
          >
        </mat-card-header>
        <mat-card-content>
          <sl-training-form [disabled]="starting()" (train)="start($event)" />
        </mat-card-content>
      </mat-card>
    }

    <div class="layout">
      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>Jobs</mat-card-title></mat-card-header>
        <mat-card-content>
          @if (jobs.isLoading()) {
            <mat-progress-bar mode="indeterminate" />
          }
          @if (jobs.error(); as err) {
            <p class="error-text">{{ describe(err) }}</p>
          }
          @if (rows().length) {
            <sl-training-job-list
              [jobs]="rows()"
              [selectedId]="selectedId()"
              (selected)="select($event)"
            />
          } @else if (jobs.hasValue()) {
            <p class="muted" data-testid="jobs-empty">No training jobs yet.</p>
          }
        </mat-card-content>
      </mat-card>
      <mat-card appearance="outlined" data-testid="job-detail">
        <mat-card-header><mat-card-title>Job</mat-card-title></mat-card-header>
        <mat-card-content>
          @if (selected(); as job) {
            <sl-training-job-detail
              [job]="job"
              [canWrite]="session.canWrite()"
              [cancelling]="cancelling()"
              (cancelJob)="cancel($event)"
            />
          } @else {
            <p class="muted">Select a job to follow it.</p>
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 16px;
    }
    .header h1 {
      margin: 0;
    }
    .spacer {
      flex: 1;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      gap: 16px;
      margin-top: 16px;
      align-items: start;
    }
    @media (max-width: 1100px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class TrainingPage {
  private readonly trainingApi = inject(TrainingApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  // Route param and query param, bound by the router.
  readonly projectId = input.required<string>();
  readonly job = input<string>();

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly jobs = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.trainingApi.list(params.id, abortSignal),
  });

  /** The followed job as last reported by its event stream (or poll). */
  protected readonly live = signal<TrainingJob | null>(null);
  protected readonly starting = signal(false);
  protected readonly cancelling = signal(false);

  /** The job named in the URL, else the running one, else the newest. */
  protected readonly selectedId = computed(() => {
    const fromUrl = this.job();
    if (fromUrl) {
      return fromUrl;
    }
    const jobs = this.jobs.value() ?? [];
    return (jobs.find((j) => !isTrainingFinished(j)) ?? jobs.at(0))?.id ?? null;
  });
  protected readonly rows = computed(() => {
    const live = this.live();
    const jobs = this.jobs.value() ?? [];
    if (!live) {
      return jobs;
    }
    return jobs.some((j) => j.id === live.id)
      ? jobs.map((j) => (j.id === live.id ? live : j))
      : [live, ...jobs];
  });
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return this.rows().find((j) => j.id === id) ?? null;
  });

  constructor() {
    toObservable(this.selectedId)
      .pipe(
        switchMap((id) => {
          if (this.live()?.id !== id) {
            this.live.set(null);
          }
          return id
            ? this.trainingApi.watch(id).pipe(
                catchError((err: unknown) => {
                  this.snackBar.open(errorMessage(err), 'Dismiss', {
                    duration: 8000,
                  });
                  return EMPTY;
                }),
              )
            : of(null);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((job) => {
        const before = this.live();
        this.live.set(job);
        if (
          job &&
          isTrainingFinished(job) &&
          before?.id === job.id &&
          !isTrainingFinished(before)
        ) {
          this.jobs.reload();
        }
      });
    interval(LIST_REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        const followed = this.live()?.id;
        const others = (this.jobs.value() ?? []).some(
          (j) => j.id !== followed && !isTrainingFinished(j),
        );
        if (others && !this.jobs.isLoading()) {
          this.jobs.reload();
        }
      });
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected select(job: TrainingJob): void {
    void this.router.navigate([], {
      queryParams: { job: job.id },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected async start(params: StartTraining): Promise<void> {
    this.starting.set(true);
    try {
      const job = await this.trainingApi.start(this.projectId(), params);
      this.live.set(job);
      this.jobs.reload();
      this.select(job);
      this.snackBar.open('Training job queued', undefined, { duration: 3000 });
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.starting.set(false);
    }
  }

  protected async cancel(job: TrainingJob): Promise<void> {
    this.cancelling.set(true);
    try {
      const cancelled = await this.trainingApi.cancel(job.id);
      if (this.live()?.id === cancelled.id) {
        this.live.set(cancelled);
      }
      this.jobs.reload();
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.cancelling.set(false);
    }
  }
}
