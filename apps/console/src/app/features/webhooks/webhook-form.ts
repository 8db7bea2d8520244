import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  LABEL_EVENT_PREFIX,
  WEBHOOK_EVENTS,
  type CreateWebhook,
} from '../../core/data-access/webhooks.api';

const EVENT_TEXT: Record<(typeof WEBHOOK_EVENTS)[number], string> = {
  'prediction.uncertain': 'a prediction is uncertain',
  'model.trained': 'a model version is trained',
  'model.promoted': 'a version is promoted or rolled back',
  'camera.failing': 'a camera keeps failing',
};

/**
 * A new webhook: URL, events (fixed ones and `prediction.label:<label>` per label), optional secret.
 * Checks nothing itself: the API's 400 says what is wrong. Cleared when `resetAt` changes.
 */
@Component({
  selector: 'sl-webhook-form',
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
    <form [formGroup]="form" (ngSubmit)="submit()" class="form">
      <mat-form-field class="url">
        <mat-label>URL</mat-label>
        <input
          matInput
          formControlName="url"
          placeholder="https://example.com/hooks/sightline"
          autocomplete="off"
          data-testid="webhook-url"
        />
      </mat-form-field>
      <fieldset class="events" formGroupName="events">
        <legend>Send a POST when</legend>
        @for (event of events; track event) {
          <mat-checkbox
            [formControlName]="event"
            [attr.data-testid]="'webhook-event-' + event"
            ><code>{{ event }}</code> — {{ text[event] }}</mat-checkbox
          >
        }
      </fieldset>
      <mat-form-field class="labels">
        <mat-label>…or a prediction is one of these labels</mat-label>
        <mat-select
          formControlName="labels"
          multiple
          data-testid="webhook-labels"
        >
          @for (label of labels(); track label) {
            <mat-option
              [value]="label"
              [attr.data-testid]="'webhook-label-' + label"
              >{{ label }}</mat-option
            >
          }
        </mat-select>
        <mat-hint
          >prediction.label:&lt;label&gt;, the model's best guess</mat-hint
        >
      </mat-form-field>
      <mat-form-field class="secret">
        <mat-label>Signing secret (optional)</mat-label>
        <input
          matInput
          formControlName="secret"
          autocomplete="off"
          data-testid="webhook-secret-input"
        />
        <mat-hint>16–200 characters; generated when left empty</mat-hint>
      </mat-form-field>
      <div>
        <button
          mat-flat-button
          type="submit"
          [disabled]="busy()"
          data-testid="webhook-create"
        >
          Add webhook
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 720px;
    }
    .events {
      display: flex;
      flex-direction: column;
      border: none;
      padding: 0;
      margin: 0 0 8px;
    }
    legend {
      font-size: 13px;
      opacity: 0.8;
      margin-bottom: 4px;
    }
  `,
})
export class WebhookForm {
  readonly labels = input.required<string[]>();
  readonly busy = input(false);
  /** Changed by the page after a webhook was created, to clear the form. */
  readonly resetAt = input(0);
  readonly create = output<CreateWebhook>();

  protected readonly events = WEBHOOK_EVENTS;
  protected readonly text = EVENT_TEXT;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    url: '',
    events: this.fb.group({
      'prediction.uncertain': false,
      'model.trained': false,
      'model.promoted': false,
      'camera.failing': false,
    }),
    labels: this.fb.control<string[]>([]),
    secret: '',
  });

  constructor() {
    effect(() => {
      if (this.resetAt() > 0) {
        this.form.reset();
      }
    });
  }

  protected submit(): void {
    const { url, events, labels, secret } = this.form.getRawValue();
    const chosen = [
      ...WEBHOOK_EVENTS.filter((event) => events[event]),
      ...labels.map((label) => `${LABEL_EVENT_PREFIX}${label}`),
    ];
    this.create.emit({
      url: url.trim(),
      events: chosen,
      ...(secret ? { secret } : {}),
    });
  }
}
