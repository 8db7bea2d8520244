import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { Camera } from '../../core/data-access/cameras.api';

/** One camera's live status: last frame, last capture, captures today, last error and failures in a row. */
@Component({
  selector: 'sl-camera-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatCardModule, MatButtonModule],
  template: `
    @let c = camera();
    <mat-card appearance="outlined" class="card" [attr.data-testid]="'camera-' + c.name">
      <div class="frame">
        @if (thumbnail(); as src) {
          <img [src]="src" alt="Last frame" data-testid="camera-thumbnail" />
        } @else {
          <span class="empty">no frame yet</span>
        }
      </div>
      <mat-card-content>
        <h3>{{ c.name }}</h3>
        <div class="muted">{{ c.kind }} · {{ c.url ?? c.path ?? 'browser' }}</div>
        <div>
          <span class="status" [class]="c.status" data-testid="camera-status">{{
            c.enabled ? c.status : 'disabled'
          }}</span>
          @if (c.schedule?.everySeconds) {
            every {{ c.schedule?.everySeconds }} s
          } @else if (c.schedule?.cron) {
            cron {{ c.schedule?.cron }}
          } @else {
            on demand
          }
          @if (c.predictOnCapture) {
            · predicts
          }
        </div>
        <div>
          Captures today:
          <b data-testid="camera-captures-today">{{ c.capturesToday }}</b>
          @if (c.lastCaptureAt) {
            · last {{ c.lastCaptureAt | date: 'mediumTime' }}
          }
          @if (c.nextCaptureAt) {
            · next {{ c.nextCaptureAt | date: 'mediumTime' }}
          }
        </div>
        @if (c.lastError) {
          <div class="error" data-testid="camera-error">
            {{ c.lastError }} ({{ c.consecutiveFailures }} in a row)
          </div>
        }
      </mat-card-content>
      <mat-card-actions>
        @if (c.kind !== 'webcam') {
          <button
            mat-button
            data-testid="camera-capture"
            [disabled]="!c.enabled || busy()"
            (click)="capture.emit(c)"
          >
            Capture now
          </button>
        }
        <button mat-button data-testid="camera-edit" (click)="edit.emit(c)">Edit</button>
        <button mat-button data-testid="camera-toggle" (click)="switched.emit(c)">
          {{ c.enabled ? 'Disable' : 'Enable' }}
        </button>
        <button mat-button data-testid="camera-delete" (click)="remove.emit(c)">Delete</button>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .card { width: 320px; }
    .frame { height: 180px; display: flex; align-items: center; justify-content: center; background: #0001; }
    .frame img { max-width: 100%; max-height: 180px; }
    .muted { opacity: 0.7; font-size: 12px; word-break: break-all; }
    .status { font-weight: 600; margin-right: 6px; }
    .status.ok { color: #2e7d32; }
    .status.failing { color: #c62828; }
    .error { color: #c62828; font-size: 12px; }
    h3 { margin: 8px 0 2px; }
  `,
})
export class CameraCard {
  readonly camera = input.required<Camera>();
  readonly thumbnail = input<string | undefined>();
  readonly busy = input(false);
  readonly capture = output<Camera>();
  readonly edit = output<Camera>();
  readonly switched = output<Camera>();
  readonly remove = output<Camera>();
}
