import { DatePipe, JsonPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { errorMessage } from '../../api/api-error';
import {
  AuditApi,
  type AuditEvent,
  type AuditQuery,
} from '../../core/data-access/audit.api';

/** The audit log, newest first, filtered by action (or a kind of action, `model.`), actor and project. */
@Component({
  selector: 'sl-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    DatePipe,
    JsonPipe,
  ],
  template: `
    <h1>Audit log</h1>
    <p>
      Every change with who made it and when: labels, promotions and
      rollbacks, thresholds and other project changes, deletions, cameras,
      users and keys. Entries are never changed or removed.
    </p>
    <form class="filters" (ngSubmit)="search()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Action</mat-label>
        <input
          matInput
          name="action"
          placeholder="image.label or model."
          [(ngModel)]="action"
          data-testid="audit-action"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Actor</mat-label>
        <input
          matInput
          name="actor"
          [(ngModel)]="actor"
          data-testid="audit-actor"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Project id</mat-label>
        <input
          matInput
          name="projectId"
          [(ngModel)]="projectId"
          data-testid="audit-project"
        />
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="audit-search">
        Filter
      </button>
    </form>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (error(); as err) {
      <p class="error-text" data-testid="audit-error">{{ err }}</p>
    }
    <table class="audit" data-testid="audit-table">
      <thead>
        <tr>
          <th>When</th>
          <th>Who</th>
          <th>Action</th>
          <th>Target</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        @for (event of events(); track event.id) {
          <tr data-testid="audit-row" [attr.data-action]="event.action">
            <td>{{ event.createdAt | date: 'medium' }}</td>
            <td>{{ event.actor ?? '—' }}</td>
            <td>{{ event.action }}</td>
            <td>
              {{ event.targetType ?? '' }}
              <span class="id">{{ event.targetId ?? '' }}</span>
            </td>
            <td>
              <code>{{ event.details | json }}</code>
            </td>
          </tr>
        }
      </tbody>
    </table>
    @if (cursor()) {
      <button
        mat-stroked-button
        type="button"
        (click)="more()"
        data-testid="audit-more"
      >
        Older entries
      </button>
    }
  `,
  styles: `
    .filters {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
      margin-bottom: 12px;
    }
    .audit {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    .audit th,
    .audit td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .id {
      font-family: ui-monospace, monospace;
      opacity: 0.7;
    }
    code {
      white-space: pre-wrap;
      word-break: break-all;
    }
  `,
})
export class AuditPage {
  private readonly api = inject(AuditApi);

  protected action = '';
  protected actor = '';
  protected projectId = '';
  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private query: AuditQuery = {};

  constructor() {
    void this.load(false);
  }

  protected search(): void {
    this.query = {
      ...(this.action.trim() ? { action: this.action.trim() } : {}),
      ...(this.actor.trim() ? { actor: this.actor.trim() } : {}),
      ...(this.projectId.trim() ? { projectId: this.projectId.trim() } : {}),
    };
    void this.load(false);
  }

  protected more(): void {
    void this.load(true);
  }

  private async load(append: boolean): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const cursor = append ? this.cursor() : null;
      const page = await this.api.list({
        ...this.query,
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      this.events.update((list) =>
        append ? [...list, ...page.items] : page.items,
      );
      this.cursor.set(page.nextCursor);
    } catch (err) {
      this.error.set(errorMessage(err));
    } finally {
      this.loading.set(false);
    }
  }
}
