import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import {
  ProjectsApi,
  type RetentionResult,
} from '../../core/data-access/projects.api';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '../../shared/ui/confirm-dialog';
import { ProjectTabs } from '../../shared/ui/project-tabs';
import { RetentionResultView } from './retention-result';

/** An empty number field is "no rule"; anything else goes to the API as typed, for it to judge. */
function policyValue(value: number | null | string): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** A project's retention policy: edit it, see what a run would delete now, then run it. */
@Component({
  selector: 'sl-retention-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ProjectTabs,
    RetentionResultView,
  ],
  template: `
    <div class="header">
      <a mat-icon-button routerLink="/retention" aria-label="All projects"
        ><mat-icon svgIcon="back"
      /></a>
      <h1>{{ project.value()?.name ?? 'Project' }} · retention</h1>
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    <p class="lead">
      Retention deletes unlabeled images that have no reviewed prediction: those
      captured more than the given days ago, then the oldest others until the
      project's images fit in the given size. Labeled images, and so every image
      a model was trained or tested on, are never deleted. The rules also run on
      their own at regular intervals; each deletion is in the audit log.
    </p>

    <mat-card appearance="outlined" class="card">
      <mat-card-header><mat-card-title>Policy</mat-card-title></mat-card-header>
      <mat-card-content>
        @if (project.hasValue()) {
          <form [formGroup]="form" (ngSubmit)="save()" class="form">
            <mat-form-field>
              <mat-label>Keep for (days)</mat-label>
              <input
                matInput
                type="number"
                min="1"
                step="1"
                formControlName="retentionDays"
                placeholder="no age limit"
                data-testid="retention-days"
              />
              <mat-hint>Empty: no age limit</mat-hint>
            </mat-form-field>
            <mat-form-field>
              <mat-label>Keep up to (GB)</mat-label>
              <input
                matInput
                type="number"
                min="0"
                step="any"
                formControlName="retentionGb"
                placeholder="no size limit"
                data-testid="retention-gb"
              />
              <mat-hint>Empty: no size limit</mat-hint>
            </mat-form-field>
            @if (session.canWrite()) {
              <button
                mat-flat-button
                type="submit"
                [disabled]="busy() || !edited()"
                data-testid="retention-save"
              >
                Save policy
              </button>
            }
          </form>
          <p class="current" data-testid="retention-current">
            Now: {{ ruleText() }}
          </p>
        }
        @if (error(); as err) {
          <p class="error-text" data-testid="retention-error">{{ err }}</p>
        }
      </mat-card-content>
    </mat-card>

    @if (session.canWrite()) {
      <mat-card appearance="outlined" class="card">
        <mat-card-header
          ><mat-card-title>Run now</mat-card-title></mat-card-header
        >
        <mat-card-content>
          <div class="actions">
            <button
              mat-stroked-button
              [disabled]="busy() || edited() || !hasRule()"
              (click)="dryRun()"
              data-testid="retention-dry-run"
            >
              Dry run
            </button>
            <button
              mat-flat-button
              [disabled]="busy() || edited() || !result()?.dryRun"
              (click)="apply()"
              data-testid="retention-apply"
            >
              <mat-icon svgIcon="delete" />
              Delete them
            </button>
            @if (edited()) {
              <span class="muted">Save the policy first.</span>
            } @else if (!hasRule()) {
              <span class="muted">Set a rule first.</span>
            } @else if (!result()?.dryRun) {
              <span class="muted">A dry run shows what would go.</span>
            }
          </div>
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" />
          }
          @if (result(); as r) {
            <sl-retention-result [result]="r" />
          }
        </mat-card-content>
      </mat-card>
    }
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
    .lead {
      max-width: 800px;
    }
    .card {
      margin-bottom: 16px;
    }
    .form {
      display: flex;
      gap: 16px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .actions {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class RetentionPage {
  private readonly api = inject(ProjectsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  // Route param, bound by the router.
  readonly projectId = input.required<string>();

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) => this.api.get(params.id, abortSignal),
  });
  protected readonly saved = computed(() => {
    const project = this.project.hasValue() ? this.project.value() : undefined;
    return {
      retentionDays: project?.retentionDays ?? null,
      retentionGb: project?.retentionGb ?? null,
    };
  });
  protected readonly hasRule = computed(
    () =>
      this.saved().retentionDays !== null || this.saved().retentionGb !== null,
  );

  protected readonly ruleText = computed(() => {
    const { retentionDays, retentionGb } = this.saved();
    const rules = [
      ...(retentionDays !== null
        ? [`images older than ${retentionDays} day(s)`]
        : []),
      ...(retentionGb !== null ? [`the oldest past ${retentionGb} GB`] : []),
    ];
    return rules.length
      ? `${rules.join(', then ')} go.`
      : 'no rule, nothing is deleted.';
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    retentionDays: this.fb.control<number | null>(null),
    retentionGb: this.fb.control<number | null>(null),
  });
  private readonly formValue = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  /** The form differs from the saved policy. */
  protected readonly edited = computed(() => {
    const value = this.formValue();
    const saved = this.saved();
    return (
      policyValue(value.retentionDays ?? null) !== saved.retentionDays ||
      policyValue(value.retentionGb ?? null) !== saved.retentionGb
    );
  });

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<RetentionResult | null>(null);

  constructor() {
    // The form shows the saved policy once it has arrived, and again after each save.
    effect(() => {
      if (this.project.hasValue()) {
        this.form.setValue(this.saved());
      }
    });
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    await this.run(async () => {
      const project = await this.api.update(this.projectId(), {
        retentionDays: policyValue(value.retentionDays),
        retentionGb: policyValue(value.retentionGb),
      });
      this.project.set(project);
      this.result.set(null);
      this.snackBar.open('Retention policy saved', undefined, {
        duration: 3000,
      });
    });
  }

  protected async dryRun(): Promise<void> {
    await this.run(async () => {
      this.result.set(await this.api.runRetention(this.projectId(), true));
    });
  }

  protected async apply(): Promise<void> {
    const planned = this.result();
    const data: ConfirmDialogData = {
      title: 'Delete images now?',
      message: `The dry run found ${planned?.images ?? 0} image(s) to delete. Images that match the rules at this moment are deleted with their predictions. This cannot be undone.`,
      confirmLabel: 'Delete',
    };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialog, { data }).afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    await this.run(async () => {
      this.result.set(await this.api.runRetention(this.projectId(), false));
      this.project.reload();
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (err) {
      this.error.set(errorMessage(err));
    } finally {
      this.busy.set(false);
    }
  }
}
