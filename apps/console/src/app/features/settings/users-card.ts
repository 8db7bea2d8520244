import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
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
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { Role } from '../../core/auth/session.store';
import type { CreateUser, UserAccount } from '../../core/data-access/users.api';

export const ROLES: Role[] = ['admin', 'operator', 'viewer'];

/** Lists accounts and emits new-account requests; the page does the calls. */
@Component({
  selector: 'sl-users-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatTableModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    DatePipe,
  ],
  template: `
    <mat-card appearance="outlined" data-testid="users-card">
      <mat-card-header><mat-card-title>Users</mat-card-title></mat-card-header>
      <mat-card-content>
        <table mat-table [dataSource]="users()">
          <ng-container matColumnDef="username">
            <th mat-header-cell *matHeaderCellDef>Username</th>
            <td mat-cell *matCellDef="let user">{{ user.username }}</td>
          </ng-container>
          <ng-container matColumnDef="role">
            <th mat-header-cell *matHeaderCellDef>Role</th>
            <td mat-cell *matCellDef="let user">{{ user.role }}</td>
          </ng-container>
          <ng-container matColumnDef="createdAt">
            <th mat-header-cell *matHeaderCellDef>Created</th>
            <td mat-cell *matCellDef="let user">
              {{ user.createdAt | date: 'medium' }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let user; columns: columns"
            data-testid="user-row"
          ></tr>
        </table>

        <form
          [formGroup]="form"
          (ngSubmit)="submit(formDirective)"
          #formDirective="ngForm"
          class="form"
        >
          <h3>Add a user</h3>
          <mat-form-field>
            <mat-label>Username</mat-label>
            <input
              matInput
              formControlName="username"
              autocomplete="off"
              data-testid="user-username"
            />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Password</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              data-testid="user-password"
            />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Role</mat-label>
            <mat-select formControlName="role" data-testid="user-role">
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ role }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            [disabled]="busy()"
            data-testid="user-create"
          >
            Add user
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
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
  `,
})
export class UsersCard {
  readonly users = input.required<UserAccount[]>();
  readonly busy = input(false);
  readonly create = output<CreateUser>();

  protected readonly roles = ROLES;
  protected readonly columns = ['username', 'role', 'createdAt'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', [Validators.required, Validators.minLength(8)]],
    role: ['viewer' as Role, Validators.required],
  });

  protected submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.create.emit(this.form.getRawValue());
    formDirective.resetForm({ username: '', password: '', role: 'viewer' });
  }
}
