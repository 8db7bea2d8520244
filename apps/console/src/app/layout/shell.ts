import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { map } from 'rxjs';
import { SessionStore } from '../core/auth/session.store';
import { AuthApi } from '../core/data-access/auth.api';

interface NavItem {
  path: string;
  label: string;
  icon: string;
  testId: string;
}

const NAV: NavItem[] = [
  {
    path: '/dashboard',
    label: 'Dashboard',
    icon: 'dashboard',
    testId: 'nav-dashboard',
  },
  {
    path: '/projects',
    label: 'Projects',
    icon: 'folder',
    testId: 'nav-projects',
  },
  { path: '/images', label: 'Images', icon: 'image', testId: 'nav-images' },
  { path: '/history', label: 'History', icon: 'list', testId: 'nav-history' },
  { path: '/review', label: 'Review', icon: 'review', testId: 'nav-review' },
  {
    path: '/cameras',
    label: 'Cameras',
    icon: 'videocam',
    testId: 'nav-cameras',
  },
  {
    path: '/training',
    label: 'Training',
    icon: 'training',
    testId: 'nav-training',
  },
  { path: '/models', label: 'Models', icon: 'models', testId: 'nav-models' },
  {
    path: '/webhooks',
    label: 'Webhooks',
    icon: 'webhook',
    testId: 'nav-webhooks',
  },
  {
    path: '/retention',
    label: 'Retention',
    icon: 'retention',
    testId: 'nav-retention',
  },
  { path: '/audit', label: 'Audit log', icon: 'history', testId: 'nav-audit' },
  {
    path: '/settings',
    label: 'Settings',
    icon: 'settings',
    testId: 'nav-settings',
  },
];

@Component({
  selector: 'sl-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatSidenavModule,
    MatToolbarModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatTooltipModule,
  ],
  template: `
    <mat-toolbar class="toolbar">
      @if (compact()) {
        <button
          mat-icon-button
          aria-label="Toggle navigation"
          (click)="sidenav.toggle()"
        >
          <mat-icon svgIcon="menu" />
        </button>
      }
      <a routerLink="/dashboard" class="brand">Sightline</a>
      <span class="spacer"></span>
      @if (session.user(); as user) {
        <span class="user" data-testid="current-user">
          <mat-icon svgIcon="person" />
          {{ user.username }}
          <span class="role" data-testid="current-role">{{ user.role }}</span>
        </span>
      }
      <button
        mat-icon-button
        matTooltip="Log out"
        aria-label="Log out"
        data-testid="logout"
        (click)="logout()"
      >
        <mat-icon svgIcon="logout" />
      </button>
    </mat-toolbar>
    <mat-sidenav-container class="container">
      <mat-sidenav
        #sidenav
        [mode]="compact() ? 'over' : 'side'"
        [opened]="!compact()"
      >
        <mat-nav-list>
          @for (item of nav; track item.path) {
            <a
              mat-list-item
              [routerLink]="item.path"
              routerLinkActive
              #rla="routerLinkActive"
              [activated]="rla.isActive"
              [attr.data-testid]="item.testId"
              (click)="compact() && sidenav.close()"
            >
              <mat-icon matListItemIcon [svgIcon]="item.icon" />
              <span matListItemTitle>{{ item.label }}</span>
            </a>
          }
        </mat-nav-list>
      </mat-sidenav>
      <mat-sidenav-content>
        <main class="content">
          <router-outlet />
        </main>
      </mat-sidenav-content>
    </mat-sidenav-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
    }
    .toolbar {
      gap: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .brand {
      color: inherit;
      text-decoration: none;
      font-weight: 600;
    }
    .spacer {
      flex: 1;
    }
    .user {
      display: flex;
      align-items: center;
      gap: 6px;
      font-size: 14px;
    }
    .role {
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-size: 12px;
    }
    .container {
      flex: 1;
    }
    mat-sidenav {
      width: 220px;
    }
    .content {
      padding: 24px;
      max-width: 1400px;
    }
  `,
})
export class Shell {
  protected readonly session = inject(SessionStore);
  private readonly auth = inject(AuthApi);
  private readonly router = inject(Router);

  protected readonly nav = NAV;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 900px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    // Refresh the role in case an admin changed it since login; a 401 here ends the session.
    this.auth.me().catch(() => undefined);
  }

  protected logout(): void {
    this.auth.logout();
    void this.router.navigate(['/login']);
  }
}
