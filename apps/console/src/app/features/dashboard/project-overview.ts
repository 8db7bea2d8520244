import { DecimalPipe, PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { errorMessage } from '../../api/api-error';
import { ReviewApi } from '../../core/data-access/review.api';

const CHART_HEIGHT = 48;

/** One project at a glance: production and its accuracy, the review queue, jobs, traffic per hour and labels. */
@Component({
  selector: 'sl-project-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, DecimalPipe, PercentPipe],
  template: `
    <mat-card appearance="outlined" data-testid="project-overview">
      <mat-card-header>
        <mat-card-title>{{ name() }}</mat-card-title>
        @if (dashboard.value(); as d) {
          <mat-card-subtitle>
            {{ d.images | number }} images ·
            {{ d.predictions | number }} predictions
          </mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        @if (dashboard.value(); as d) {
          <dl class="facts">
            <dt>Production</dt>
            <dd data-testid="overview-production">
              @if (d.production; as p) {
                v{{ p.version }} · test
                {{
                  p.testAccuracy === null
                    ? '—'
                    : (p.testAccuracy | percent: '1.0-1')
                }}
                · live
                {{
                  p.liveAccuracy === null
                    ? '—'
                    : (p.liveAccuracy | percent: '1.0-1')
                }}
                ({{ p.reviewed | number }} reviewed)
              } @else {
                none yet
              }
            </dd>
            <dt>To review</dt>
            <dd>
              <a [routerLink]="['/projects', projectId(), 'review']"
                >{{ d.reviewPending | number
                }}{{ d.reviewPendingMore ? '+' : '' }}</a
              >
            </dd>
            <dt>Training jobs</dt>
            <dd>{{ d.jobsRunning }} running · {{ d.jobsQueued }} queued</dd>
          </dl>
          <svg
            class="chart"
            [attr.viewBox]="'0 0 ' + d.hours.length * 6 + ' ' + height"
            preserveAspectRatio="none"
            role="img"
            aria-label="Predictions per hour, last 24 hours"
          >
            @for (bar of bars(); track $index) {
              <rect
                [attr.x]="$index * 6"
                [attr.y]="height - bar"
                width="5"
                [attr.height]="bar"
              />
            }
          </svg>
          <p class="caption">
            predictions per hour, last {{ d.hours.length }} h
          </p>
          <ul class="labels">
            @for (l of d.labels.slice(0, 8); track l.label) {
              <li>
                <span>{{ l.label ?? 'unlabeled' }}</span>
                <span>{{ l.images | number }}</span>
              </li>
            }
          </ul>
        } @else if (dashboard.error(); as err) {
          <p class="error-text">{{ describe(err) }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
    }
    dt {
      opacity: 0.7;
    }
    dd {
      margin: 0;
    }
    .chart {
      width: 100%;
      height: 48px;
      margin-top: 12px;
      fill: var(--mat-sys-primary);
    }
    .caption {
      font-size: 12px;
      opacity: 0.7;
      margin: 2px 0 8px;
    }
    .labels {
      list-style: none;
      padding: 0;
      margin: 0;
      font-size: 13px;
    }
    .labels li {
      display: flex;
      justify-content: space-between;
    }
  `,
})
export class ProjectOverview {
  private readonly api = inject(ReviewApi);

  readonly projectId = input.required<string>();
  readonly name = input('');
  protected readonly height = CHART_HEIGHT;

  protected readonly dashboard = resource({
    params: () => ({ id: this.projectId() }),
    loader: ({ params, abortSignal }) =>
      this.api.dashboard(params.id, abortSignal),
  });
  protected readonly bars = computed(() => {
    const hours = this.dashboard.value()?.hours ?? [];
    const top = Math.max(1, ...hours.map((h) => h.predictions));
    return hours.map((h) => (h.predictions / top) * CHART_HEIGHT);
  });

  protected describe(err: unknown): string {
    return errorMessage(err);
  }
}
