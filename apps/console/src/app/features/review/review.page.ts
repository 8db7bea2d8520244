import { DecimalPipe, PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { ReviewApi, type ReviewItem } from '../../core/data-access/review.api';
import { SecureImage } from '../../shared/ui/secure-image';

/** Items fetched at a time; more are fetched when fewer than PREFETCH_AT are left ahead. */
const BATCH = 20;
const PREFETCH_AT = 5;

interface Entry {
  item: ReviewItem;
  /** The label the reviewer gave, once the feedback was saved. */
  done: string | null;
}

/**
 * The review queue: one prediction at a time, least sure first. Number keys pick a label (the predicted one
 * is picked to start with), Enter confirms or corrects, the arrow keys move without reviewing.
 */
@Component({
  selector: 'sl-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    SecureImage,
    DecimalPipe,
    PercentPipe,
  ],
  host: { '(document:keydown)': 'onKey($event)' },
  template: `
    <h1>{{ project.value()?.name ?? 'Project' }} · review</h1>
    <p class="summary" data-testid="review-summary">
      @if (accuracy.value(); as acc) {
        @if (acc.modelVersion !== null) {
          Production v{{ acc.modelVersion }}:
        }
        <span data-testid="review-pending"
          >{{ acc.pending | number }}{{ acc.pendingMore ? '+' : '' }}</span
        >
        to review · {{ acc.reviewed | number }} reviewed
        @if (acc.accuracy !== null) {
          · live accuracy
          <strong data-testid="review-accuracy">{{
            acc.accuracy | percent: '1.0-1'
          }}</strong>
        }
      }
    </p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (error(); as err) {
      <p class="error-text">{{ err }}</p>
    }
    @if (current(); as entry) {
      <div class="layout">
        <div class="viewer">
          <sl-secure-image
            class="full"
            [imageId]="entry.item.image.id"
            variant="content"
            alt="Image to review"
            data-testid="review-image"
          />
        </div>
        <mat-card appearance="outlined" class="side">
          <mat-card-header>
            <mat-card-title>
              {{ index() + 1 }} of {{ entries().length }}
              @if (entry.done) {
                <span class="done" data-testid="review-done"
                  >· reviewed as {{ entry.done }}</span
                >
              }
            </mat-card-title>
            <mat-card-subtitle data-testid="review-prediction">
              predicted <strong>{{ entry.item.prediction.label }}</strong> ({{
                entry.item.prediction.confidence | percent: '1.0-1'
              }}, margin {{ entry.item.prediction.margin | number: '1.2-2' }}) ·
              {{ reasonText(entry.item.reason) }}
            </mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <ol class="labels">
              @for (label of labels(); track label; let i = $index) {
                <li>
                  <button
                    mat-stroked-button
                    type="button"
                    class="label"
                    [class.picked]="label === selected()"
                    [attr.data-testid]="'review-label-' + label"
                    [disabled]="!session.canWrite()"
                    (click)="selected.set(label)"
                  >
                    @if (i < 9) {
                      <span class="key">{{ i + 1 }}</span>
                    }
                    <span class="name">{{ label }}</span>
                    <span class="score">{{
                      entry.item.prediction.scores[label] ?? 0
                        | percent: '1.0-0'
                    }}</span>
                  </button>
                </li>
              }
            </ol>
            @if (session.canWrite()) {
              <button
                mat-flat-button
                type="button"
                data-testid="review-submit"
                [disabled]="!selected() || saving()"
                (click)="submit()"
              >
                {{
                  selected() === entry.item.prediction.label
                    ? 'Confirm'
                    : 'Correct to ' + selected()
                }}
                (Enter)
              </button>
            }
            <p class="hint">
              Keys 1–9 pick a label, Enter confirms or corrects, ← → move
              without reviewing.
            </p>
          </mat-card-content>
        </mat-card>
      </div>
    } @else if (!loading() && !error()) {
      <p data-testid="review-empty">
        Nothing to review: every prediction of the production model has been
        reviewed or its image has a label.
      </p>
    }
  `,
  styles: `
    .summary {
      opacity: 0.8;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(300px, 1fr);
      gap: 16px;
      margin-top: 16px;
    }
    @media (max-width: 1000px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .viewer {
      background: var(--mat-sys-surface-container-highest);
      border-radius: 8px;
      height: min(70vh, 680px);
      display: flex;
    }
    .full {
      flex: 1;
      min-width: 0;
    }
    .labels {
      list-style: none;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .label {
      width: 100%;
      justify-content: flex-start;
    }
    .label.picked {
      background: var(--mat-sys-primary-container);
    }
    .key {
      display: inline-block;
      min-width: 18px;
      margin-right: 8px;
      opacity: 0.6;
      font-family: ui-monospace, monospace;
    }
    .score {
      margin-left: 12px;
      opacity: 0.6;
    }
    .done {
      font-size: 14px;
      opacity: 0.7;
    }
    .hint {
      font-size: 12px;
      opacity: 0.7;
    }
  `,
})
export class ReviewPage {
  private readonly reviewApi = inject(ReviewApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  /** Route param, bound by the router. */
  readonly projectId = input.required<string>();

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly accuracy = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.reviewApi.accuracy(params.id, abortSignal),
  });

  protected readonly entries = signal<Entry[]>([]);
  protected readonly index = signal(0);
  protected readonly selected = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private exhausted = false;

  protected readonly current = computed(
    () => this.entries()[this.index()] ?? null,
  );
  /** The project's labels, plus the predicted one if the project no longer lists it. */
  protected readonly labels = computed(() => {
    const labels = this.project.value()?.labels ?? [];
    const predicted = this.current()?.item.prediction.label;
    return predicted && !labels.includes(predicted)
      ? [...labels, predicted]
      : labels;
  });

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => {
        this.entries.set([]);
        this.index.set(0);
        this.exhausted = false;
        void this.fetchMore(projectId);
      });
    });
    effect(() => {
      const entry = this.current();
      untracked(() =>
        this.selected.set(
          entry ? (entry.done ?? entry.item.prediction.label) : null,
        ),
      );
    });
  }

  protected reasonText(reason: string): string {
    switch (reason) {
      case 'uncertain':
        return 'uncertain';
      case 'random':
        return 'random sample of confident ones';
      default:
        return 'among the least sure';
    }
  }

  protected onKey(event: KeyboardEvent): void {
    if (
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      isTyping(event.target)
    ) {
      return;
    }
    if (/^[1-9]$/.test(event.key) && this.session.canWrite()) {
      const label = this.labels()[Number(event.key) - 1];
      if (label) {
        this.selected.set(label);
        event.preventDefault();
      }
    } else if (event.key === 'Enter' && this.session.canWrite()) {
      event.preventDefault();
      void this.submit();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.move(1);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(-1);
    }
  }

  protected async submit(): Promise<void> {
    const entry = this.current();
    const label = this.selected();
    if (!entry || !label || this.saving()) {
      return;
    }
    const correct = label === entry.item.prediction.label;
    this.saving.set(true);
    try {
      await this.reviewApi.feedback(
        entry.item.prediction.id,
        correct,
        correct ? undefined : label,
      );
      this.entries.update((list) =>
        list.map((e) => (e === entry ? { ...e, done: label } : e)),
      );
      this.accuracy.reload();
      this.move(1);
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.saving.set(false);
    }
  }

  /** Moves through the held items; one past the last shows the end of the queue. */
  private move(step: number): void {
    const next = Math.max(
      0,
      Math.min(this.index() + step, this.entries().length),
    );
    this.index.set(next);
    if (this.entries().length - next <= PREFETCH_AT) {
      void this.fetchMore(this.projectId());
    }
  }

  private async fetchMore(projectId: string): Promise<void> {
    if (this.loading() || this.exhausted) {
      return;
    }
    this.loading.set(true);
    this.error.set(null);
    try {
      // Reviewed ones leave the queue by themselves; the others held here must not come back.
      const held = this.entries()
        .filter((e) => !e.done)
        .map((e) => e.item.prediction.id);
      const queue = await this.reviewApi.next(
        projectId,
        BATCH,
        held.slice(-500),
      );
      if (projectId !== this.projectId()) {
        return;
      }
      this.exhausted = queue.items.length === 0;
      this.entries.update((list) => [
        ...list,
        ...queue.items.map((item) => ({ item, done: null })),
      ]);
    } catch (err) {
      this.error.set(errorMessage(err));
    } finally {
      this.loading.set(false);
    }
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
