import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CAMERA_KINDS,
  PATH_KINDS,
  URL_KINDS,
  type Camera,
  type CameraKind,
  type CreateCamera,
} from '../../core/data-access/cameras.api';

export type ScheduleMode = 'none' | 'every' | 'cron';

/** Add or edit one camera: kind, URL or path, schedule, enabled, predict on capture; "Test" asks for one frame first. */
@Component({
  selector: 'sl-camera-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
  ],
  template: `
    <form [formGroup]="form" class="camera-form" (ngSubmit)="submit()">
      <mat-form-field>
        <mat-label>Name</mat-label>
        <input matInput formControlName="name" data-testid="camera-name" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Kind</mat-label>
        <mat-select formControlName="kind" data-testid="camera-kind">
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ kind }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (needsUrl()) {
        <mat-form-field class="wide">
          <mat-label>URL</mat-label>
          <input
            matInput
            formControlName="url"
            placeholder="http://user:password@10.0.0.5/snapshot.jpg"
            data-testid="camera-url"
          />
          <mat-hint>A password in it is stored and never shown again</mat-hint>
        </mat-form-field>
      }
      @if (needsPath()) {
        <mat-form-field class="wide">
          <mat-label>Path</mat-label>
          <input matInput formControlName="path" data-testid="camera-path" />
          <mat-hint>Folders and video files must be inside CAMERA_FOLDER_ROOTS</mat-hint>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>Schedule</mat-label>
        <mat-select formControlName="mode" data-testid="camera-schedule-mode">
          <mat-option value="none">On demand only</mat-option>
          <mat-option value="every">Every N seconds</mat-option>
          <mat-option value="cron">Cron expression</mat-option>
        </mat-select>
      </mat-form-field>
      @if (values().mode === 'every') {
        <mat-form-field>
          <mat-label>Seconds</mat-label>
          <input
            matInput
            type="number"
            min="1"
            formControlName="everySeconds"
            data-testid="camera-every"
          />
        </mat-form-field>
      }
      @if (values().mode === 'cron') {
        <mat-form-field>
          <mat-label>Cron</mat-label>
          <input
            matInput
            formControlName="cron"
            placeholder="*/5 * * * *"
            data-testid="camera-cron"
          />
        </mat-form-field>
      }
      <mat-checkbox formControlName="enabled" data-testid="camera-enabled"
        >Enabled</mat-checkbox
      >
      <mat-checkbox formControlName="predictOnCapture" data-testid="camera-predict"
        >Predict on capture</mat-checkbox
      >
      <div class="actions">
        @if (values().kind !== 'webcam') {
          <button
            mat-stroked-button
            type="button"
            data-testid="camera-test"
            [disabled]="testing()"
            (click)="test.emit(body())"
          >
            Test
          </button>
        }
        <button
          mat-flat-button
          type="submit"
          data-testid="camera-save"
          [disabled]="form.invalid"
        >
          Save
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .camera-form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
    .wide { flex: 1 1 100%; }
    .actions { display: flex; gap: 8px; flex: 1 1 100%; }
  `,
})
export class CameraForm {
  readonly camera = input<Camera | null>(null);
  readonly testing = input(false);
  readonly saved = output<CreateCamera>();
  readonly test = output<CreateCamera>();
  readonly cancelled = output<void>();

  protected readonly kinds = CAMERA_KINDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    kind: ['http-snapshot' as CameraKind, Validators.required],
    url: [''],
    path: [''],
    mode: ['none' as ScheduleMode],
    everySeconds: [10],
    cron: [''],
    enabled: [true],
    predictOnCapture: [false],
  });
  protected readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  constructor() {
    effect(() => {
      const camera = this.camera();
      if (camera) {
        this.form.reset({
          name: camera.name,
          kind: camera.kind as CameraKind,
          url: camera.url ?? '',
          path: camera.path ?? '',
          mode: camera.schedule?.everySeconds
            ? 'every'
            : camera.schedule?.cron
              ? 'cron'
              : 'none',
          everySeconds: camera.schedule?.everySeconds ?? 10,
          cron: camera.schedule?.cron ?? '',
          enabled: camera.enabled,
          predictOnCapture: camera.predictOnCapture,
        });
        this.form.controls.kind.disable();
      }
    });
  }

  protected needsUrl(): boolean {
    return URL_KINDS.includes(this.form.getRawValue().kind);
  }

  protected needsPath(): boolean {
    return PATH_KINDS.includes(this.form.getRawValue().kind);
  }

  protected body(): CreateCamera {
    const v = this.form.getRawValue();
    return {
      name: v.name,
      kind: v.kind,
      ...(URL_KINDS.includes(v.kind) ? { url: v.url } : {}),
      ...(PATH_KINDS.includes(v.kind) ? { path: v.path } : {}),
      schedule:
        v.mode === 'every'
          ? { everySeconds: Number(v.everySeconds) }
          : v.mode === 'cron'
            ? { cron: v.cron }
            : {},
      enabled: v.enabled,
      predictOnCapture: v.predictOnCapture,
    };
  }

  protected submit(): void {
    if (this.form.valid) {
      this.saved.emit(this.body());
    }
  }
}
