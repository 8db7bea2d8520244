import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { firstValueFrom, interval } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { ProjectsApi } from '../../core/data-access/projects.api';
import {
  WebhooksApi,
  type CreateWebhook,
  type Webhook,
} from '../../core/data-access/webhooks.api';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '../../shared/ui/confirm-dialog';
import { ProjectTabs } from '../../shared/ui/project-tabs';
import { DeliveryTable } from './delivery-table';
import { WebhookForm } from './webhook-form';
import { WebhookTable } from './webhook-table';

/** Deliveries are retried in the background: the shown list is refreshed this often. */
const DELIVERIES_REFRESH_MS = 3000;

/** A project's webhooks: add one (its secret shown once), delete, and watch each one's deliveries. */
@Component({
  selector: 'sl-webhooks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    ProjectTabs,
    WebhookForm,
    WebhookTable,
    DeliveryTable,
  ],
  template: `
    <div class="header">
      <a mat-icon-button routerLink="/webhooks" aria-label="All projects"
        ><mat-icon svgIcon="back"
      /></a>
      <h1>{{ project.value()?.name ?? 'Project' }} · webhooks</h1>
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    <p class="lead">
      Each event is a JSON POST signed with HMAC-SHA256 of the body (<code
        >X-Sightline-Signature: sha256=…</code
      >), retried with growing waits until the receiver answers 2xx.
    </p>

    @if (created(); as hook) {
      <div class="secret" data-testid="webhook-created">
        <p>
          Webhook to <code>{{ hook.url }}</code> added. Copy its signing secret
          now: it is shown only once.
        </p>
        <div class="secret-row">
          <code class="mono" data-testid="webhook-secret">{{
            hook.secret
          }}</code>
          <button
            mat-icon-button
            [matTooltip]="copied() ? 'Copied' : 'Copy'"
            aria-label="Copy secret"
            (click)="copy(hook.secret ?? '')"
          >
            <mat-icon svgIcon="copy" />
          </button>
          <button
            mat-button
            data-testid="webhook-secret-dismiss"
            (click)="created.set(null)"
          >
            Done
          </button>
        </div>
      </div>
    }

    @if (session.canWrite()) {
      <mat-card appearance="outlined" class="card">
        <mat-card-header
          ><mat-card-title>Add a webhook</mat-card-title></mat-card-header
        >
        <mat-card-content>
          <sl-webhook-form
            [labels]="labels()"
            [busy]="busy()"
            [resetAt]="resetAt()"
            (create)="create($event)"
          />
          @if (createError(); as err) {
            <p class="error-text" data-testid="webhook-error">{{ err }}</p>
          }
        </mat-card-content>
      </mat-card>
    }

    <mat-card appearance="outlined" class="card">
      <mat-card-header
        ><mat-card-title>Webhooks</mat-card-title></mat-card-header
      >
      <mat-card-content>
        @if (webhooks.isLoading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (webhooks.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        }
        @if (webhooks.hasValue()) {
          @if (webhooks.value().length) {
            <sl-webhook-table
              [webhooks]="webhooks.value()"
              [selectedId]="selectedId()"
              [canWrite]="session.canWrite()"
              (showDeliveries)="selectedId.set($event.id)"
              (remove)="remove($event)"
            />
          } @else {
            <p class="muted" data-testid="webhooks-empty">No webhooks yet.</p>
          }
        }
      </mat-card-content>
    </mat-card>

    @if (selected(); as hook) {
      <mat-card appearance="outlined" class="card">
        <mat-card-header>
          <mat-card-title>Deliveries</mat-card-title>
          <mat-card-subtitle class="mono">{{ hook.url }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          @if (deliveries.error(); as err) {
            <p class="error-text">{{ describe(err) }}</p>
          }
          @if (deliveries.hasValue()) {
            <sl-delivery-table [deliveries]="deliveries.value()" />
          } @else if (deliveries.isLoading()) {
            <mat-progress-bar mode="indeterminate" />
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
    .secret {
      padding: 12px;
      margin-bottom: 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .secret-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .muted {
      opacity: 0.7;
    }
  `,
})
export class WebhooksPage {
  private readonly api = inject(WebhooksApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  protected readonly session = inject(SessionStore);

  // Route param, bound by the router.
  readonly projectId = input.required<string>();

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly labels = computed(
    () => this.project.value()?.labels ?? [],
  );
  protected readonly webhooks = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) => this.api.list(params.id, abortSignal),
  });

  /** The webhook whose deliveries are shown: the first one until another is picked. */
  protected readonly selectedId = linkedSignal<
    Webhook[] | undefined,
    string | null
  >({
    source: () =>
      this.webhooks.hasValue() ? this.webhooks.value() : undefined,
    computation: (hooks, previous) => {
      const list = hooks ?? [];
      const kept = list.find((h) => h.id === previous?.value);
      return kept?.id ?? list[0]?.id ?? null;
    },
  });
  protected readonly selected = computed(() =>
    this.webhooks.hasValue()
      ? (this.webhooks.value().find((h) => h.id === this.selectedId()) ?? null)
      : null,
  );
  protected readonly deliveries = resource({
    params: () => {
      const id = this.selectedId();
      return id ? { id } : undefined;
    },
    loader: ({ params, abortSignal }) =>
      this.api.deliveries(params.id, abortSignal),
  });

  /** The webhook just created, with its secret, until dismissed. */
  protected readonly created = signal<Webhook | null>(null);
  protected readonly copied = signal(false);
  protected readonly busy = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly resetAt = signal(0);

  constructor() {
    interval(DELIVERIES_REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.selectedId() && !this.deliveries.isLoading()) {
          this.deliveries.reload();
        }
      });
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected async create(body: CreateWebhook): Promise<void> {
    this.busy.set(true);
    this.createError.set(null);
    try {
      const hook = await this.api.create(this.projectId(), body);
      this.created.set(hook);
      this.copied.set(false);
      this.resetAt.update((n) => n + 1);
      this.webhooks.reload();
      this.selectedId.set(hook.id);
    } catch (err) {
      this.createError.set(errorMessage(err));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(hook: Webhook): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'Delete webhook?',
      message: `${hook.url} will get no more events, and its deliveries are no longer listed.`,
      confirmLabel: 'Delete',
    };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialog, { data }).afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    try {
      await this.api.remove(hook.id);
      if (this.created()?.id === hook.id) {
        this.created.set(null);
      }
      this.webhooks.reload();
      this.snackBar.open('Webhook deleted', undefined, { duration: 3000 });
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    }
  }

  protected copy(secret: string): void {
    this.copied.set(this.clipboard.copy(secret));
  }
}
