import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { Role } from '../../core/auth/session.store';
import type {
  ApiKey,
  CreateApiKey,
  CreatedApiKey,
} from '../../core/data-access/users.api';
import { ROLES } from './users-card';

/** Lists API keys, shows a new key once with a copy button, emits create and revoke requests. */
@Component({
  selector: 'sl-api-keys-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatTableModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    DatePipe,
  ],
  template: `
    <mat-card appearance="outlined" data-testid="api-keys-card">
      <mat-card-header
        ><mat-card-title>API keys</mat-card-title></mat-card-header
      >
      <mat-card-content>
        @if (createdKey(); as created) {
          <div class="new-key" data-testid="api-key-created">
            <p>Copy the new key now: it is shown only once.</p>
            <div class="key-row">
              <code class="mono" data-testid="api-key-value">{{
                created.key
              }}</code>
              <button
                mat-icon-button
                [matTooltip]="copied() ? 'Copied' : 'Copy'"
                aria-label="Copy key"
                data-testid="api-key-copy"
                (click)="copy(created.key)"
              >
                <mat-icon svgIcon="copy" />
              </button>
              <button
                mat-button
                data-testid="api-key-dismiss"
                (click)="dismissKey.emit()"
              >
                Done
              </button>
            </div>
          </div>
        }
        <table mat-table [dataSource]="keys()">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>Name</th>
            <td mat-cell *matCellDef="let key">{{ key.name }}</td>
          </ng-container>
          <ng-container matColumnDef="prefix">
            <th mat-header-cell *matHeaderCellDef>Key</th>
            <td mat-cell *matCellDef="let key" class="mono">
              {{ key.prefix }}…
            </td>
          </ng-container>
          <ng-container matColumnDef="role">
            <th mat-header-cell *matHeaderCellDef>Role</th>
            <td mat-cell *matCellDef="let key">{{ key.role }}</td>
          </ng-container>
          <ng-container matColumnDef="createdAt">
            <th mat-header-cell *matHeaderCellDef>Created</th>
            <td mat-cell *matCellDef="let key">
              {{ key.createdAt | date: 'medium' }}
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>Status</th>
            <td mat-cell *matCellDef="let key">
              @if (key.revokedAt) {
                revoked {{ key.revokedAt | date: 'medium' }}
              } @else {
                active
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef></th>
            <td mat-cell *matCellDef="let key" class="actions">
              @if (!key.revokedAt) {
                <button
                  mat-button
                  data-testid="api-key-revoke"
                  (click)="revoke.emit(key)"
                >
                  Revoke
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let key; columns: columns"
            data-testid="api-key-row"
          ></tr>
        </table>

        <form
          [formGroup]="form"
          (ngSubmit)="submit(formDirective)"
          #formDirective="ngForm"
          class="form"
        >
          <h3>Create a key</h3>
          <mat-form-field>
            <mat-label>Name</mat-label>
            <input
              matInput
              formControlName="name"
              autocomplete="off"
              data-testid="api-key-name"
            />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Role</mat-label>
            <mat-select formControlName="role" data-testid="api-key-role">
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ role }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            [disabled]="busy()"
            data-testid="api-key-create"
          >
            Create key
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .new-key {
      padding: 12px;
      margin-bottom: 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .key-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .form {
      display: flex;
      gap: 12px;
      align-items: baseline;
      flex-wrap: wrap;
      margin-top: 16px;
    }
    h3 {
      width: 100%;
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .actions {
      text-align: right;
    }
  `,
})
export class ApiKeysCard {
  private readonly clipboard = inject(Clipboard);

  readonly keys = input.required<ApiKey[]>();
  readonly createdKey = input<CreatedApiKey | null>(null);
  readonly busy = input(false);
  readonly create = output<CreateApiKey>();
  readonly revoke = output<ApiKey>();
  readonly dismissKey = output();

  protected readonly roles = ROLES;
  protected readonly columns = [
    'name',
    'prefix',
    'role',
    'createdAt',
    'status',
    'actions',
  ];
  protected readonly copied = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    role: ['operator' as Role, Validators.required],
  });

  protected copy(key: string): void {
    this.copied.set(this.clipboard.copy(key));
  }

  protected submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.copied.set(false);
    this.create.emit(this.form.getRawValue());
    formDirective.resetForm({ name: '', role: 'operator' });
  }
}
