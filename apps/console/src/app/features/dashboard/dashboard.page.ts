import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { switchMap, timer } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { ProjectsApi } from '../../core/data-access/projects.api';
import { SystemApi, type Health } from '../../core/data-access/system.api';
import { ProjectOverview } from './project-overview';
import { ServiceStatus } from './service-status';

const HEALTH_REFRESH_MS = 10_000;

@Component({
  selector: 'sl-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    MatProgressBarModule,
    RouterLink,
    DecimalPipe,
    ServiceStatus,
    ProjectOverview,
  ],
  template: `
    <h1>Dashboard</h1>
    <div class="grid">
      <mat-card appearance="outlined" data-testid="health-card">
        <mat-card-header>
          <mat-card-title>Services</mat-card-title>
          <mat-card-subtitle>
            @if (health(); as h) {
              <span
                [class.error-text]="h.status !== 'ok'"
                data-testid="health-status"
                >{{ h.status }}</span
              >
            }
            · refreshed every 10 s
          </mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          @if (health(); as h) {
            <sl-service-status [health]="h" />
          } @else if (healthError(); as message) {
            <p class="error-text">Gateway unreachable: {{ message }}</p>
          } @else {
            <mat-progress-bar mode="indeterminate" />
          }
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined" data-testid="counts-card">
        <mat-card-header><mat-card-title>Data</mat-card-title></mat-card-header>
        <mat-card-content>
          @if (projects.hasValue()) {
            <div class="counts">
              <a routerLink="/projects" class="count">
                <span class="value" data-testid="project-count">{{
                  projects.value().length | number
                }}</span>
                <span class="label">projects</span>
              </a>
              <a routerLink="/images" class="count">
                <span class="value" data-testid="image-count">{{
                  imageCount() | number
                }}</span>
                <span class="label">images</span>
              </a>
            </div>
          } @else if (projects.error(); as err) {
            <p class="error-text">{{ describe(err) }}</p>
          } @else {
            <mat-progress-bar mode="indeterminate" />
          }
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined" data-testid="system-card">
        <mat-card-header
          ><mat-card-title>System</mat-card-title></mat-card-header
        >
        <mat-card-content>
          @if (system.value(); as info) {
            <dl class="facts">
              <dt>Version</dt>
              <dd>{{ info.version }}</dd>
              <dt>Node.js</dt>
              <dd>{{ info.node }}</dd>
              <dt>ML backend</dt>
              <dd data-testid="ml-backend">{{ info.mlBackend }}</dd>
              <dt>Database</dt>
              <dd>{{ info.database }}</dd>
              <dt>Storage</dt>
              <dd>{{ info.storage }}</dd>
              <dt>Gateway uptime</dt>
              <dd>{{ uptime(info.uptimeSeconds) }}</dd>
            </dl>
          } @else if (system.error(); as err) {
            <p class="error-text">{{ describe(err) }}</p>
          } @else {
            <mat-progress-bar mode="indeterminate" />
          }
        </mat-card-content>
      </mat-card>
    </div>
    @if (projects.hasValue() && projects.value().length) {
      <h2>Projects</h2>
      <div class="grid">
        @for (project of projects.value().slice(0, 12); track project.id) {
          <sl-project-overview [projectId]="project.id" [name]="project.name" />
        }
      </div>
    }
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
    }
    .counts {
      display: flex;
      gap: 32px;
      padding: 16px 0;
    }
    .count {
      display: flex;
      flex-direction: column;
      color: inherit;
      text-decoration: none;
    }
    .value {
      font: var(--mat-sys-display-small);
    }
    .label {
      opacity: 0.7;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
    }
    dt {
      opacity: 0.7;
    }
    dd {
      margin: 0;
    }
  `,
})
export class DashboardPage {
  private readonly systemApi = inject(SystemApi);
  private readonly projectsApi = inject(ProjectsApi);

  protected readonly health = signal<Health | null>(null);
  protected readonly healthError = signal<string | null>(null);
  protected readonly system = resource({
    loader: ({ abortSignal }) => this.systemApi.system(abortSignal),
  });
  protected readonly projects = resource({
    loader: ({ abortSignal }) => this.projectsApi.list(abortSignal),
  });
  protected readonly imageCount = computed(() =>
    this.projects.hasValue()
      ? this.projects.value().reduce((sum, p) => sum + p.imageCount, 0)
      : 0,
  );

  constructor() {
    timer(0, HEALTH_REFRESH_MS)
      .pipe(
        switchMap(() => this.loadHealth()),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected uptime(seconds: number): string {
    const d = Math.floor(seconds / 86_400);
    const h = Math.floor((seconds % 86_400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    return d > 0
      ? `${d} d ${h} h`
      : h > 0
        ? `${h} h ${m} min`
        : `${m} min ${Math.floor(seconds % 60)} s`;
  }

  private async loadHealth(): Promise<void> {
    try {
      this.health.set(await this.systemApi.health());
      this.healthError.set(null);
    } catch (err) {
      this.health.set(null);
      this.healthError.set(errorMessage(err));
    }
  }
}
