import {
  ChangeDetectionStrategy,
  Component,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import {
  UsersApi,
  type ApiKey,
  type CreateApiKey,
  type CreatedApiKey,
  type CreateUser,
} from '../../core/data-access/users.api';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '../../shared/ui/confirm-dialog';
import { AccountCard } from './account-card';
import { ApiKeysCard } from './api-keys-card';
import { UsersCard } from './users-card';

@Component({
  selector: 'sl-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, AccountCard, UsersCard, ApiKeysCard],
  template: `
    <h1>Settings</h1>
    <div class="stack">
      @if (session.user(); as user) {
        <sl-account-card [user]="user" />
      }
      @if (session.isAdmin()) {
        @if (users.hasValue()) {
          <sl-users-card
            [users]="users.value()"
            [busy]="busy()"
            (create)="createUser($event)"
          />
        } @else if (users.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        } @else {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (apiKeys.hasValue()) {
          <sl-api-keys-card
            [keys]="apiKeys.value()"
            [createdKey]="createdKey()"
            [busy]="busy()"
            (create)="createApiKey($event)"
            (revoke)="revokeApiKey($event)"
            (dismissKey)="createdKey.set(null)"
          />
        } @else if (apiKeys.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        }
      }
    </div>
  `,
  styles: `
    .stack {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 960px;
    }
  `,
})
export class SettingsPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  // Only admins may list accounts; for everyone else the loaders never run.
  protected readonly users = resource({
    params: () => (this.session.isAdmin() ? true : undefined),
    loader: ({ abortSignal }) => this.api.listUsers(abortSignal),
  });
  protected readonly apiKeys = resource({
    params: () => (this.session.isAdmin() ? true : undefined),
    loader: ({ abortSignal }) => this.api.listApiKeys(abortSignal),
  });
  protected readonly createdKey = signal<CreatedApiKey | null>(null);
  protected readonly busy = signal(false);

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected async createUser(body: CreateUser): Promise<void> {
    await this.run(async () => {
      await this.api.createUser(body);
      this.users.reload();
      this.snackBar.open(`User “${body.username}” created`, undefined, {
        duration: 3000,
      });
    });
  }

  protected async createApiKey(body: CreateApiKey): Promise<void> {
    await this.run(async () => {
      this.createdKey.set(await this.api.createApiKey(body));
      this.apiKeys.reload();
    });
  }

  protected async revokeApiKey(key: ApiKey): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'Revoke API key?',
      message: `Scripts using “${key.name}” (${key.prefix}…) will be refused from now on.`,
      confirmLabel: 'Revoke',
    };
    if (
      (await firstValueFrom(
        this.dialog.open(ConfirmDialog, { data }).afterClosed(),
      )) !== true
    ) {
      return;
    }
    await this.run(async () => {
      await this.api.revokeApiKey(key.id);
      this.apiKeys.reload();
      this.snackBar.open(`Key “${key.name}” revoked`, undefined, {
        duration: 3000,
      });
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await action();
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    } finally {
      this.busy.set(false);
    }
  }
}
