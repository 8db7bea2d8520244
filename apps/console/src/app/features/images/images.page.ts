import { DecimalPipe } from '@angular/common';
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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { catchError, EMPTY, from, startWith, Subject, switchMap } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import {
  ImportsApi,
  isImportFinished,
  type ImportJob,
} from '../../core/data-access/imports.api';
import {
  ImagesApi,
  type Image,
  type ImageQuery,
} from '../../core/data-access/images.api';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { DropZone } from './drop-zone';
import {
  ImageFilters,
  type ImageFilterValue,
  type LabeledFilter,
} from './image-filters';
import { uploadFiles, type UploadProgress } from './image-upload';
import { ImportStatus } from './import-status';
import { ThumbnailGrid } from './thumbnail-grid';
import { UploadSummary } from './upload-summary';
import { ZipImport } from './zip-import';
import { ProjectTabs } from '../../shared/ui/project-tabs';

const DEFAULT_PAGE_SIZE = 50;

/** A project's images: upload, filter, page through thumbnails. Filters and paging live in the query string. */
@Component({
  selector: 'sl-images-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ProjectTabs,
    RouterLink,
    DecimalPipe,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatSelectModule,
    MatPaginatorModule,
    MatProgressBarModule,
    DropZone,
    ImageFilters,
    ThumbnailGrid,
    UploadSummary,
    ZipImport,
    ImportStatus,
  ],
  template: `
    <div class="header">
      <a mat-icon-button routerLink="/images" aria-label="All projects"
        ><mat-icon svgIcon="back"
      /></a>
      <h1 data-testid="images-title">
        {{ project.value()?.name ?? 'Project' }} · images
        @if (images.hasValue()) {
          <span class="total">({{ images.value().total | number }})</span>
        }
      </h1>
    </div>
    <sl-project-tabs [projectId]="projectId()" />
    @if (project.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }

    @if (session.canWrite()) {
      <mat-card appearance="outlined" class="upload">
        <mat-card-content>
          <div class="upload-row">
            <sl-drop-zone
              class="zone"
              [disabled]="uploading()"
              (files)="upload($event)"
            />
            <mat-form-field class="upload-label">
              <mat-label>Label for the upload</mat-label>
              <mat-select
                [value]="uploadLabel()"
                (valueChange)="uploadLabel.set($event)"
                data-testid="upload-label-select"
              >
                <mat-option value="" data-testid="upload-label-none"
                  >No label</mat-option
                >
                @for (label of labels(); track label) {
                  <mat-option
                    [value]="label"
                    [attr.data-testid]="'upload-label-' + label"
                    >{{ label }}</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
            <sl-zip-import
              class="zip"
              [disabled]="importing()"
              (file)="importZip($event)"
            />
          </div>
          @if (uploadProgress(); as progress) {
            <sl-upload-summary
              [progress]="progress"
              (dismiss)="uploadProgress.set(null)"
            />
          }
          @if (importJob(); as job) {
            <sl-import-status [job]="job" (dismiss)="importJob.set(null)" />
          }
        </mat-card-content>
      </mat-card>
    } @else if (importJob(); as job) {
      <sl-import-status [job]="job" (dismiss)="importJob.set(null)" />
    }

    <sl-image-filters
      [labels]="labels()"
      [label]="label() ?? ''"
      [labeled]="labeledFilter()"
      (changed)="filter($event)"
    />

    @if (images.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (images.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    @if (images.hasValue()) {
      @if (images.value().items.length) {
        <sl-thumbnail-grid
          [images]="images.value().items"
          (open)="openImage($event)"
        />
      } @else {
        <p class="empty" data-testid="images-empty">No images match.</p>
      }
      <mat-paginator
        [length]="images.value().total"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSizeValue()"
        [pageSizeOptions]="[25, 50, 100, 200]"
        (page)="paginate($event)"
        data-testid="images-paginator"
      />
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
    .total {
      opacity: 0.6;
      font-size: 0.8em;
    }
    .upload {
      margin: 16px 0;
    }
    .upload-row {
      display: flex;
      gap: 16px;
      align-items: flex-start;
      flex-wrap: wrap;
    }
    .zone {
      flex: 1;
      min-width: 280px;
    }
    .upload-label {
      width: 220px;
    }
    .zip {
      width: 220px;
    }
    sl-image-filters {
      display: block;
      margin: 16px 0;
    }
    .empty {
      padding: 24px 0;
      opacity: 0.7;
    }
  `,
})
export class ImagesPage {
  private readonly imagesApi = inject(ImagesApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly importsApi = inject(ImportsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  // Route param and query params, bound by the router.
  readonly projectId = input.required<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();
  readonly label = input<string>();
  readonly labeled = input<string>();

  protected readonly pageIndex = computed(() =>
    Math.max(0, (Number(this.page()) || 1) - 1),
  );
  protected readonly pageSizeValue = computed(
    () => Number(this.pageSize()) || DEFAULT_PAGE_SIZE,
  );
  protected readonly labeledFilter = computed<LabeledFilter>(() => {
    const value = this.labeled();
    return value === 'true' || value === 'false' ? value : 'any';
  });

  protected readonly project = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.projectsApi.get(params.id, abortSignal),
  });
  protected readonly labels = computed(
    () => this.project.value()?.labels ?? [],
  );

  protected readonly images = resource({
    params: () => {
      const query: ImageQuery = {
        page: this.pageIndex() + 1,
        pageSize: this.pageSizeValue(),
      };
      const label = this.label();
      if (label) {
        query.label = label;
      }
      const labeled = this.labeledFilter();
      if (labeled !== 'any') {
        query.labeled = labeled;
      }
      return { projectId: this.projectId(), query };
    },
    loader: ({ params, abortSignal }) =>
      this.imagesApi.list(params.projectId, params.query, abortSignal),
  });

  protected readonly uploadLabel = signal('');
  protected readonly uploadProgress = signal<UploadProgress | null>(null);
  protected readonly uploading = computed(() => {
    const progress = this.uploadProgress();
    return progress !== null && !progress.done;
  });

  /** The zip import being followed (or the last one, until dismissed). */
  protected readonly importJob = signal<ImportJob | null>(null);
  protected readonly importing = computed(() => {
    const job = this.importJob();
    return job !== null && !isImportFinished(job);
  });
  private readonly followImport = new Subject<ImportJob>();

  constructor() {
    this.followImport
      .pipe(
        switchMap((job) =>
          this.importsApi.follow(job.id).pipe(
            startWith(job),
            catchError((err: unknown) => {
              this.snackBar.open(errorMessage(err), 'Dismiss', {
                duration: 8000,
              });
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((job) => {
        this.importJob.set(job);
        if (isImportFinished(job)) {
          // New images, and maybe new labels on the project.
          this.images.reload();
          this.project.reload();
        }
      });
    // An import still running from an earlier visit is followed again.
    toObservable(this.projectId)
      .pipe(
        switchMap((projectId) =>
          from(this.importsApi.list(projectId)).pipe(catchError(() => EMPTY)),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((jobs) => {
        const running = jobs.find((job) => !isImportFinished(job));
        if (running) {
          this.followImport.next(running);
        }
      });
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected filter(value: ImageFilterValue): void {
    this.setQuery({
      label: value.label || null,
      labeled: value.labeled === 'any' ? null : value.labeled,
      page: null,
    });
  }

  protected paginate(event: PageEvent): void {
    this.setQuery({
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize,
    });
  }

  protected openImage(image: Image): void {
    void this.router.navigate(['/images', image.id]);
  }

  protected async upload(files: File[]): Promise<void> {
    const result = await uploadFiles(
      this.imagesApi,
      this.projectId(),
      files,
      this.uploadLabel() || undefined,
      (progress) => this.uploadProgress.set(progress),
    );
    if (result.stored + result.duplicates > 0) {
      this.images.reload();
      this.project.reload();
    }
  }

  protected async importZip(file: File): Promise<void> {
    if (!/\.zip$/i.test(file.name)) {
      this.snackBar.open(`${file.name} is not a .zip file`, 'Dismiss', {
        duration: 8000,
      });
      return;
    }
    try {
      this.followImport.next(
        await this.importsApi.start(this.projectId(), file),
      );
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    }
  }

  private setQuery(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
