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
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { errorMessage } from '../../api/api-error';
import { CamerasApi } from '../../core/data-access/cameras.api';
import {
  HistoryApi,
  type ExportFormat,
  type HistoryItem,
  type PredictionPage,
} from '../../core/data-access/history.api';
import { ModelsApi } from '../../core/data-access/models.api';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { ProjectTabs } from '../../shared/ui/project-tabs';
import { saveFile } from '../../shared/ui/save-file';
import {
  toPredictionFilter,
  toQueryParams,
  triState,
  type HistoryFilterValue,
} from './history-filter';
import { HistoryFilters, type CameraOption } from './history-filters';
import { HistoryTable } from './history-table';

const DEFAULT_PAGE_SIZE = 50;

interface LoadedRows {
  items: HistoryItem[];
  nextCursor: string | null;
}

/** A project's predictions, newest first, filtered (the filters live in the query string), paged by cursor, exported. */
@Component({
  selector: 'sl-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ProjectTabs,
    HistoryFilters,
    HistoryTable,
  ],
  template: `
    <div class="header">
      <a mat-icon-button routerLink="/history" aria-label="All projects"
        ><mat-icon svgIcon="back"
      /></a>
      <h1 data-testid="history-title">
        {{ project.value()?.name ?? 'Project' }} · history
      </h1>
      <span class="spacer"></span>
      <button
        mat-stroked-button
        data-testid="history-export-csv"
        [disabled]="exporting() !== null"
        (click)="download('csv')"
        title="One row per prediction that matches the filters"
      >
        <mat-icon svgIcon="download" />
        Export CSV
      </button>
      <button
        mat-stroked-button
        data-testid="history-export-zip"
        [disabled]="exporting() !== null"
        (click)="download('zip')"
        title="The labeled images of the matching predictions, one folder per label: a zip that imports back"
      >
        <mat-icon svgIcon="archive" />
        Export zip
      </button>
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }

    <sl-history-filters
      [labels]="labels()"
      [versions]="versions()"
      [cameras]="cameraOptions()"
      [value]="filter()"
      (changed)="applyFilter($event)"
    />

    @if (exporting(); as format) {
      <p class="muted" data-testid="history-exporting">
        Exporting {{ format }}…
      </p>
    }
    @if (firstPage.isLoading() || loadingMore()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (firstPage.error(); as err) {
      <p class="error-text" data-testid="history-error">{{ describe(err) }}</p>
    }
    @if (firstPage.hasValue()) {
      @if (rows().items.length) {
        <p class="muted" data-testid="history-count">
          {{ rows().items.length }} prediction(s) shown{{
            rows().nextCursor ? ', more to load' : ''
          }}
        </p>
        <sl-history-table
          [items]="rows().items"
          [cameraNames]="cameraNames()"
          (open)="openImage($event)"
        />
      } @else {
        <p class="muted" data-testid="history-empty">No predictions match.</p>
      }
      @if (moreError(); as err) {
        <p class="error-text">{{ err }}</p>
      }
      @if (rows().nextCursor) {
        <button
          mat-stroked-button
          class="more"
          data-testid="history-more"
          [disabled]="loadingMore()"
          (click)="loadMore()"
        >
          Load more
        </button>
      }
    }
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    .header h1 {
      margin: 0;
    }
    .spacer {
      flex: 1;
    }
    sl-history-filters {
      display: block;
      margin-bottom: 16px;
    }
    .muted {
      opacity: 0.7;
    }
    .more {
      margin-top: 12px;
    }
  `,
})
export class HistoryPage {
  private readonly historyApi = inject(HistoryApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly modelsApi = inject(ModelsApi);
  private readonly camerasApi = inject(CamerasApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  // Route param and query params, bound by the router.
  readonly projectId = input.required<string>();
  readonly label = input<string>();
  readonly predicted = input<string>();
  readonly modelVersion = input<string>();
  readonly minConfidence = input<string>();
  readonly maxConfidence = input<string>();
  readonly camera = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly reviewed = input<string>();
  readonly uncertain = input<string>();
  /** Rows per page (`?limit=`, 1–200); 50 when unset. */
  readonly limit = input<string>();
  private readonly pageSize = computed(
    () => Number(this.limit()) || DEFAULT_PAGE_SIZE,
  );

  protected readonly filter = computed<HistoryFilterValue>(() => ({
    label: this.label() ?? '',
    predicted: this.predicted() ?? '',
    modelVersion: this.modelVersion() ?? '',
    minConfidence: this.minConfidence() ?? '',
    maxConfidence: this.maxConfidence() ?? '',
    camera: this.camera() ?? '',
    from: this.from() ?? '',
    to: this.to() ?? '',
    reviewed: triState(this.reviewed()),
    uncertain: triState(this.uncertain()),
  }));
  private readonly apiFilter = computed(() =>
    toPredictionFilter(this.filter()),
  );

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly labels = computed(
    () => this.project.value()?.labels ?? [],
  );
  private readonly models = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.modelsApi.list(params.id, abortSignal),
  });
  protected readonly versions = computed(() =>
    (this.models.value() ?? []).map((m) => m.version),
  );
  private readonly cameras = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.camerasApi.list(params.id, abortSignal),
  });
  protected readonly cameraOptions = computed<CameraOption[]>(() =>
    (this.cameras.value() ?? []).map((c) => ({ id: c.id, name: c.name })),
  );
  protected readonly cameraNames = computed(
    () => new Map(this.cameraOptions().map((c) => [c.id, c.name])),
  );

  protected readonly firstPage = resource({
    params: () => ({
      projectId: this.projectId(),
      filter: this.apiFilter(),
      limit: this.pageSize(),
    }),
    loader: ({ params, abortSignal }) =>
      this.historyApi.list(
        params.projectId,
        params.filter,
        null,
        params.limit,
        abortSignal,
      ),
  });
  /** The first page and every page loaded after it; starts again with each new first page. */
  protected readonly rows = linkedSignal<
    PredictionPage | undefined,
    LoadedRows
  >({
    source: () =>
      this.firstPage.hasValue() ? this.firstPage.value() : undefined,
    computation: (page) => ({
      items: page?.items ?? [],
      nextCursor: page?.nextCursor ?? null,
    }),
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<string | null>(null);
  protected readonly exporting = signal<ExportFormat | null>(null);

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected applyFilter(value: HistoryFilterValue): void {
    this.moreError.set(null);
    void this.router.navigate([], {
      queryParams: toQueryParams(value),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.rows().nextCursor;
    if (!cursor || this.loadingMore()) {
      return;
    }
    const filter = this.apiFilter();
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const page = await this.historyApi.list(
        this.projectId(),
        filter,
        cursor,
        this.pageSize(),
      );
      // The filters changed while this page was on its way: it belongs to the old list.
      if (filter === this.apiFilter()) {
        this.rows.update((rows) => ({
          items: [...rows.items, ...page.items],
          nextCursor: page.nextCursor,
        }));
      }
    } catch (err) {
      this.moreError.set(errorMessage(err));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async download(format: ExportFormat): Promise<void> {
    this.exporting.set(format);
    try {
      const file = await this.historyApi.export(
        this.projectId(),
        this.apiFilter(),
        format,
      );
      saveFile(file.blob, file.filename);
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.exporting.set(null);
    }
  }

  protected openImage(item: HistoryItem): void {
    void this.router.navigate(['/images', item.image.id]);
  }
}
