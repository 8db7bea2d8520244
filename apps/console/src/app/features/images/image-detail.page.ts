import { DatePipe, PercentPipe } from '@angular/common';
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
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { ImagesApi } from '../../core/data-access/images.api';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { SecureImage } from '../../shared/ui/secure-image';
import { ImageMetadata } from './image-metadata';
import { LabelHistory } from './label-history';

/** One image at full size with its metadata and label history; number keys 1–9 pick a label. */
@Component({
  selector: 'sl-image-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    SecureImage,
    ImageMetadata,
    LabelHistory,
    DatePipe,
    PercentPipe,
  ],
  host: { '(document:keydown)': 'onKey($event)' },
  template: `
    <div class="header">
      @if (image.value(); as img) {
        <a
          mat-icon-button
          [routerLink]="['/projects', img.projectId, 'images']"
          aria-label="Back to the project's images"
          data-testid="image-back"
        >
          <mat-icon svgIcon="back" />
        </a>
      }
      <h1>{{ project.value()?.name ?? 'Image' }} · image</h1>
    </div>
    @if (image.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (image.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    @if (image.value(); as img) {
      <div class="layout">
        <div class="viewer">
          <sl-secure-image
            class="full"
            [imageId]="img.id"
            variant="content"
            alt="Image"
            data-testid="image-full"
          />
        </div>
        <div class="side">
          <mat-card appearance="outlined">
            <mat-card-header
              ><mat-card-title>Label</mat-card-title></mat-card-header
            >
            <mat-card-content>
              @if (session.canWrite()) {
                <div class="label-row">
                  <mat-form-field subscriptSizing="dynamic" class="label-field">
                    <mat-label>Label</mat-label>
                    <mat-select
                      [value]="selected()"
                      (valueChange)="selected.set($event)"
                      data-testid="label-select"
                    >
                      <mat-select-trigger>{{ selected() }}</mat-select-trigger>
                      @for (
                        label of labelOptions();
                        track label;
                        let i = $index
                      ) {
                        <mat-option
                          [value]="label"
                          [attr.data-testid]="'label-option-' + label"
                        >
                          @if (i < 9) {
                            <span class="key">{{ i + 1 }}</span>
                          }
                          {{ label }}
                        </mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <button
                    mat-flat-button
                    data-testid="label-save"
                    [disabled]="
                      !selected() || saving() || selected() === img.label
                    "
                    (click)="save()"
                  >
                    Save
                  </button>
                </div>
                <p class="hint">Keys 1–9 pick a label, Enter saves.</p>
              } @else {
                <p data-testid="image-label-readonly">
                  {{ img.label ?? 'unlabeled' }}
                </p>
              }
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-header
              ><mat-card-title>Details</mat-card-title></mat-card-header
            >
            <mat-card-content
              ><sl-image-metadata [image]="img"
            /></mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-header
              ><mat-card-title>Predictions</mat-card-title></mat-card-header
            >
            <mat-card-content>
              @if (predictions.value(); as list) {
                @if (list.length) {
                  <table class="predictions" data-testid="image-predictions">
                    <thead>
                      <tr>
                        <th>Model</th>
                        <th>Label</th>
                        <th>Confidence</th>
                        <th>Review</th>
                        <th>When</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (p of list; track p.id) {
                        <tr data-testid="image-prediction-row">
                          <td>v{{ p.modelVersion }}</td>
                          <td>
                            {{ p.label }}
                            @if (p.uncertain) {
                              <span class="hint">(uncertain)</span>
                            }
                          </td>
                          <td>{{ p.confidence | percent: '1.0-1' }}</td>
                          <td>
                            {{
                              p.reviewCorrect === null
                                ? '—'
                                : p.reviewCorrect
                                  ? 'right'
                                  : 'wrong'
                            }}
                          </td>
                          <td>{{ p.createdAt | date: 'short' }}</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                } @else {
                  <p class="hint">Not predicted yet.</p>
                }
              } @else if (predictions.error(); as err) {
                <p class="error-text">{{ describe(err) }}</p>
              }
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-header
              ><mat-card-title>Label history</mat-card-title></mat-card-header
            >
            <mat-card-content>
              @if (history.hasValue()) {
                <sl-label-history [entries]="history.value()" />
              } @else if (history.error(); as err) {
                <p class="error-text">{{ describe(err) }}</p>
              }
            </mat-card-content>
          </mat-card>
        </div>
      </div>
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
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(320px, 1fr);
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
      height: min(75vh, 720px);
      display: flex;
    }
    .full {
      flex: 1;
      min-width: 0;
    }
    .side {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .label-row {
      display: flex;
      gap: 12px;
      align-items: center;
    }
    .label-field {
      flex: 1;
    }
    .key {
      display: inline-block;
      min-width: 18px;
      margin-right: 8px;
      opacity: 0.6;
      font-family: ui-monospace, monospace;
    }
    .hint {
      font-size: 12px;
      opacity: 0.7;
    }
    .predictions {
      width: 100%;
      border-collapse: collapse;
      font-size: 13px;
    }
    .predictions th,
    .predictions td {
      text-align: left;
      padding: 4px 6px;
    }
  `,
})
export class ImageDetailPage {
  private readonly imagesApi = inject(ImagesApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  /** Route param, bound by the router. */
  readonly imageId = input.required<string>();

  protected readonly image = resource({
    params: () => ({ id: this.imageId() }),
    loader: ({ params, abortSignal }) =>
      this.imagesApi.get(params.id, abortSignal),
  });
  protected readonly history = resource({
    params: () => ({ id: this.imageId() }),
    loader: ({ params, abortSignal }) =>
      this.imagesApi.labels(params.id, abortSignal),
  });
  protected readonly predictions = resource({
    params: () => ({ id: this.imageId() }),
    loader: ({ params, abortSignal }) =>
      this.imagesApi.predictions(params.id, abortSignal),
  });
  protected readonly project = resource({
    params: () => {
      const projectId = this.image.value()?.projectId;
      return projectId ? { id: projectId } : undefined;
    },
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });

  /** The project's labels, plus the image's current one if the project no longer lists it. */
  protected readonly labelOptions = computed(() => {
    const labels = this.project.value()?.labels ?? [];
    const current = this.image.value()?.label;
    return current && !labels.includes(current) ? [...labels, current] : labels;
  });
  protected readonly selected = signal<string | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    effect(() => this.selected.set(this.image.value()?.label ?? null));
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected onKey(event: KeyboardEvent): void {
    if (
      !this.session.canWrite() ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      isTyping(event.target)
    ) {
      return;
    }
    if (/^[1-9]$/.test(event.key)) {
      const label = this.labelOptions()[Number(event.key) - 1];
      if (label) {
        this.selected.set(label);
        event.preventDefault();
      }
    } else if (
      event.key === 'Enter' &&
      !isInteractive(event.target) &&
      this.selected() &&
      this.selected() !== this.image.value()?.label
    ) {
      event.preventDefault();
      void this.save();
    }
  }

  protected async save(): Promise<void> {
    const label = this.selected();
    if (!label || this.saving()) {
      return;
    }
    this.saving.set(true);
    try {
      const updated = await this.imagesApi.setLabel(this.imageId(), label);
      this.image.set(updated);
      this.history.reload();
      this.snackBar.open(`Labeled “${label}”`, undefined, { duration: 2000 });
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.saving.set(false);
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

/** Enter on a button or an open select already does its own thing. */
function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['BUTTON', 'A'].includes(target.tagName) ||
      ['combobox', 'option', 'listbox'].includes(target.role ?? ''))
  );
}
