import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  resource,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { interval } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import {
  CamerasApi,
  type Camera,
  type CreateCamera,
} from '../../core/data-access/cameras.api';
import { ImagesApi } from '../../core/data-access/images.api';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { CameraCard } from './camera-card';
import { CameraForm } from './camera-form';

/** How often the page refreshes the cameras' status. */
const STATUS_POLL_MS = 2000;

/** A project's cameras with their live status; add, edit, test, capture now. The project is in the query string. */
@Component({
  selector: 'sl-cameras-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatSelectModule,
    CameraCard,
    CameraForm,
  ],
  template: `
    <div class="header">
      <h1>Cameras</h1>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Project</mat-label>
        <mat-select
          data-testid="cameras-project"
          [value]="projectId()"
          (selectionChange)="selectProject($event.value)"
        >
          @for (project of projects.value() ?? []; track project.id) {
            <mat-option [value]="project.id">{{ project.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (projectId()) {
        <button mat-flat-button data-testid="camera-add" (click)="startAdd()">Add camera</button>
        <a
          mat-stroked-button
          routerLink="/cameras/webcam"
          [queryParams]="{ project: projectId() }"
          data-testid="webcam-link"
          >Webcam</a
        >
      }
    </div>
    @if (editing(); as mode) {
      <mat-card appearance="outlined" class="editor">
        <mat-card-content>
          <h2>{{ mode === 'new' ? 'New camera' : 'Edit ' + mode.name }}</h2>
          <sl-camera-form
            [camera]="mode === 'new' ? null : mode"
            [testing]="testing()"
            (saved)="save($event)"
            (test)="test($event)"
            (cancelled)="stopEditing()"
          />
          @if (testError()) {
            <p class="error" data-testid="camera-test-error">{{ testError() }}</p>
          }
          @if (preview(); as src) {
            <img class="preview" [src]="src" alt="Test frame" data-testid="camera-preview" />
          }
        </mat-card-content>
      </mat-card>
    }
    @if (projectId() && cameras.value()?.length === 0) {
      <p data-testid="cameras-empty">No cameras in this project yet.</p>
    }
    <div class="grid">
      @for (camera of cameras.value() ?? []; track camera.id) {
        <sl-camera-card
          [camera]="camera"
          [thumbnail]="camera.lastImageId ? thumbnails()[camera.lastImageId] : undefined"
          [busy]="capturing().has(camera.id)"
          (capture)="capture($event)"
          (edit)="editing.set($event)"
          (switched)="toggle($event)"
          (remove)="remove($event)"
        />
      }
    </div>
  `,
  styles: `
    .header { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .grid { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 16px; }
    .editor { margin: 16px 0; }
    .preview { max-width: 480px; max-height: 320px; display: block; margin-top: 12px; }
    .error { color: #c62828; }
  `,
})
export class CamerasPage {
  private readonly api = inject(CamerasApi);
  private readonly images = inject(ImagesApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snack = inject(MatSnackBar);

  protected readonly projects = resource({
    loader: ({ abortSignal }) => this.projectsApi.list(abortSignal),
  });
  private readonly queryProject = signal<string | null>(
    this.route.snapshot.queryParamMap.get('project'),
  );
  protected readonly projectId = computed(
    () => this.queryProject() ?? this.projects.value()?.[0]?.id ?? null,
  );
  protected readonly cameras = resource({
    params: () => this.projectId() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.list(params, abortSignal),
  });
  protected readonly editing = signal<'new' | Camera | null>(null);
  protected readonly testing = signal(false);
  protected readonly testError = signal('');
  protected readonly preview = signal<string | null>(null);
  protected readonly capturing = signal(new Set<string>());
  protected readonly thumbnails = signal<Record<string, string>>({});

  constructor() {
    interval(STATUS_POLL_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.projectId() && !this.cameras.isLoading()) {
          this.cameras.reload();
        }
      });
    effect(() => {
      for (const camera of this.cameras.value() ?? []) {
        if (camera.lastImageId && !(camera.lastImageId in this.thumbnails())) {
          void this.loadThumbnail(camera.lastImageId);
        }
      }
    });
    inject(DestroyRef).onDestroy(() => {
      Object.values(this.thumbnails()).forEach((url) => URL.revokeObjectURL(url));
      this.setPreview(null);
    });
  }

  protected selectProject(id: string): void {
    this.queryProject.set(id);
    this.stopEditing();
    void this.router.navigate([], { queryParams: { project: id } });
  }

  protected startAdd(): void {
    this.stopEditing();
    this.editing.set('new');
  }

  protected stopEditing(): void {
    this.editing.set(null);
    this.testError.set('');
    this.setPreview(null);
  }

  protected async test(body: CreateCamera): Promise<void> {
    const projectId = this.projectId();
    if (!projectId) {
      return;
    }
    const mode = this.editing();
    this.testing.set(true);
    this.testError.set('');
    this.setPreview(null);
    try {
      const blob = await this.api.test(projectId, {
        kind: body.kind,
        url: body.url,
        path: body.path,
        ...(mode && mode !== 'new' ? { cameraId: mode.id } : {}),
      });
      this.setPreview(URL.createObjectURL(blob));
    } catch (err) {
      this.testError.set(errorMessage(err));
    } finally {
      this.testing.set(false);
    }
  }

  protected async save(body: CreateCamera): Promise<void> {
    const projectId = this.projectId();
    const mode = this.editing();
    if (!projectId || !mode) {
      return;
    }
    try {
      if (mode === 'new') {
        await this.api.create(projectId, body);
      } else {
        const changes = {
          name: body.name,
          path: body.path,
          schedule: body.schedule,
          enabled: body.enabled,
          predictOnCapture: body.predictOnCapture,
        };
        // An unchanged (masked) URL is not sent back, so the stored password stays.
        const url = body.url !== undefined && body.url !== mode.url ? { url: body.url } : {};
        await this.api.update(mode.id, { ...changes, ...url });
      }
      this.stopEditing();
      this.cameras.reload();
    } catch (err) {
      this.snack.open(errorMessage(err), 'Close', { duration: 6000 });
    }
  }

  protected async capture(camera: Camera): Promise<void> {
    this.capturing.update((s) => new Set(s).add(camera.id));
    try {
      const result = await this.api.capture(camera.id);
      const what = result.stored === 0 ? 'No new frame' : result.duplicate ? 'Captured (already stored)' : 'Captured';
      const prediction = result.predictionLabel ? ` · ${result.predictionLabel} ${(100 * (result.predictionConfidence ?? 0)).toFixed(1)}%` : '';
      this.snack.open(`${what}${prediction}`, undefined, { duration: 3000 });
    } catch (err) {
      this.snack.open(errorMessage(err), 'Close', { duration: 6000 });
    } finally {
      this.capturing.update((s) => {
        const next = new Set(s);
        next.delete(camera.id);
        return next;
      });
      this.cameras.reload();
    }
  }

  protected async toggle(camera: Camera): Promise<void> {
    try {
      await this.api.update(camera.id, { enabled: !camera.enabled });
      this.cameras.reload();
    } catch (err) {
      this.snack.open(errorMessage(err), 'Close', { duration: 6000 });
    }
  }

  protected async remove(camera: Camera): Promise<void> {
    if (!confirm(`Delete camera "${camera.name}"? Its images stay in history.`)) {
      return;
    }
    try {
      await this.api.remove(camera.id);
      this.cameras.reload();
    } catch (err) {
      this.snack.open(errorMessage(err), 'Close', { duration: 6000 });
    }
  }

  private async loadThumbnail(imageId: string): Promise<void> {
    this.thumbnails.update((t) => ({ ...t, [imageId]: '' }));
    try {
      const blob = await this.images.blob(imageId, 'thumbnail');
      this.thumbnails.update((t) => ({ ...t, [imageId]: URL.createObjectURL(blob) }));
    } catch {
      // The image may have been deleted by retention; the card shows no frame.
    }
  }

  private setPreview(url: string | null): void {
    const old = this.preview();
    if (old) {
      URL.revokeObjectURL(old);
    }
    this.preview.set(url);
  }
}
