import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { errorMessage } from '../../api/api-error';
import { CamerasApi, type Capture } from '../../core/data-access/cameras.api';
import { ProjectsApi } from '../../core/data-access/projects.api';

/** The name of the webcam camera this page creates in a project when it has none. */
const WEBCAM_CAMERA_NAME = 'Browser webcam';

/**
 * The browser's camera (getUserMedia) as a project camera: frames are posted to a `webcam` camera,
 * one at a time or every N seconds, with a label or for prediction.
 */
@Component({
  selector: 'sl-webcam-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <div class="header">
      <h1>Webcam</h1>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Project</mat-label>
        <mat-select data-testid="webcam-project" [value]="projectId()" (selectionChange)="selectProject($event.value)">
          @for (project of projects.value() ?? []; track project.id) {
            <mat-option [value]="project.id">{{ project.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <a mat-button routerLink="/cameras" [queryParams]="{ project: projectId() }">All cameras</a>
    </div>
    <div class="layout">
      <video #video autoplay playsinline muted data-testid="webcam-video"></video>
      <div class="controls">
        @if (!streaming()) {
          <button mat-flat-button data-testid="webcam-start" (click)="start()">Start camera</button>
        }
        <mat-form-field>
          <mat-label>Label</mat-label>
          <mat-select data-testid="webcam-label" [(ngModel)]="label">
            <mat-option value="">(none: predict)</mat-option>
            @for (l of labels(); track l) {
              <mat-option [value]="l">{{ l }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Every N seconds</mat-label>
          <input matInput type="number" min="1" data-testid="webcam-every" [(ngModel)]="everySeconds" />
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button data-testid="webcam-capture" [disabled]="!streaming() || sending()" (click)="captureOnce()">
            Capture
          </button>
          @if (repeating()) {
            <button mat-stroked-button data-testid="webcam-stop" (click)="stopRepeat()">Stop</button>
          } @else {
            <button mat-stroked-button data-testid="webcam-repeat" [disabled]="!streaming()" (click)="startRepeat()">
              Capture every {{ everySeconds }} s
            </button>
          }
        </div>
        <p data-testid="webcam-count">Frames sent: {{ sent() }}</p>
        @if (last(); as result) {
          <p data-testid="webcam-result">
            @if (result.spooled) {
              Kept by the camera service until the database is back, then stored
            } @else {
              Stored {{ result.duplicate ? '(already there)' : '' }}
            }
            @if (result.predictionLabel) {
              · {{ result.predictionLabel }} {{ ((result.predictionConfidence ?? 0) * 100).toFixed(1) }}%
            }
            @if (result.predictionError) {
              · no prediction: {{ result.predictionError }}
            }
          </p>
        }
        @if (error()) {
          <p class="error" data-testid="webcam-error">{{ error() }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .header { display: flex; gap: 16px; align-items: center; }
    .layout { display: flex; gap: 24px; flex-wrap: wrap; }
    video { width: 480px; max-width: 100%; background: #000; }
    .controls { display: flex; flex-direction: column; min-width: 260px; }
    .buttons { display: flex; gap: 8px; }
    .error { color: #c62828; }
  `,
})
export class WebcamPage {
  private readonly api = inject(CamerasApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');

  protected readonly projects = resource({ loader: ({ abortSignal }) => this.projectsApi.list(abortSignal) });
  private readonly chosen = signal<string | null>(inject(ActivatedRoute).snapshot.queryParamMap.get('project'));
  protected readonly projectId = computed(() => this.chosen() ?? this.projects.value()?.[0]?.id ?? null);
  protected readonly labels = computed(() => this.projects.value()?.find((p) => p.id === this.projectId())?.labels ?? []);
  protected readonly streaming = signal(false);
  protected readonly sending = signal(false);
  protected readonly repeating = signal(false);
  protected readonly sent = signal(0);
  protected readonly last = signal<Capture | null>(null);
  protected readonly error = signal('');
  protected label = '';
  protected everySeconds = 5;
  private stream?: MediaStream;
  private timer?: ReturnType<typeof setInterval>;
  private cameraIds = new Map<string, string>();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.stopRepeat();
      this.stream?.getTracks().forEach((t) => t.stop());
    });
  }

  protected selectProject(id: string): void {
    this.chosen.set(id);
    this.label = '';
  }

  protected async start(): Promise<void> {
    this.error.set('');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
      const video = this.video().nativeElement;
      video.srcObject = this.stream;
      await video.play();
      this.streaming.set(true);
    } catch (err) {
      this.error.set(`The browser's camera is not available: ${errorMessage(err)}`);
    }
  }

  protected async captureOnce(): Promise<void> {
    const projectId = this.projectId();
    if (!projectId || this.sending()) {
      return;
    }
    this.sending.set(true);
    this.error.set('');
    try {
      const frame = await this.grabFrame();
      const cameraId = await this.webcamCamera(projectId);
      const result = await this.api.postFrame(cameraId, frame, { label: this.label || undefined, predict: !this.label });
      this.last.set(result);
      this.sent.update((n) => n + 1);
    } catch (err) {
      this.error.set(errorMessage(err));
    } finally {
      this.sending.set(false);
    }
  }

  protected startRepeat(): void {
    const seconds = Math.max(1, Number(this.everySeconds) || 1);
    this.repeating.set(true);
    void this.captureOnce();
    this.timer = setInterval(() => void this.captureOnce(), seconds * 1000);
  }

  protected stopRepeat(): void {
    clearInterval(this.timer);
    this.repeating.set(false);
  }

  private async grabFrame(): Promise<Blob> {
    const video = this.video().nativeElement;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth || 640;
    canvas.height = video.videoHeight || 480;
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the frame could not be encoded'))), 'image/jpeg', 0.9),
    );
  }

  /** The project's webcam camera, created on first use. */
  private async webcamCamera(projectId: string): Promise<string> {
    const known = this.cameraIds.get(projectId);
    if (known) {
      return known;
    }
    const cameras = await this.api.list(projectId);
    const camera =
      cameras.find((c) => c.kind === 'webcam' && c.enabled) ??
      (await this.api.create(projectId, { name: WEBCAM_CAMERA_NAME, kind: 'webcam', enabled: true, predictOnCapture: false }));
    this.cameraIds.set(projectId, camera.id);
    return camera.id;
  }
}
