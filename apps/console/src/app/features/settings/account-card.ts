import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { SessionUser } from '../../core/auth/session.store';

@Component({
  selector: 'sl-account-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule],
  template: `
    <mat-card appearance="outlined" data-testid="account-card">
      <mat-card-header>
        <mat-card-title>Your account</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <dl class="facts">
          <dt>Username</dt>
          <dd data-testid="account-username">{{ user().username }}</dd>
          <dt>Role</dt>
          <dd data-testid="account-role">{{ user().role }}</dd>
        </dl>
        <p class="muted">{{ roleHelp[user().role] }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
    }
    dt,
    .muted {
      opacity: 0.7;
    }
    dd {
      margin: 0;
    }
  `,
})
export class AccountCard {
  readonly user = input.required<SessionUser>();

  protected readonly roleHelp: Record<SessionUser['role'], string> = {
    admin:
      'Admins manage users and API keys and can do everything operators can.',
    operator:
      'Operators capture, label, train and promote models. Ask an admin for account changes.',
    viewer:
      'Viewers can look at everything but change nothing. Ask an admin for account changes.',
  };
}
