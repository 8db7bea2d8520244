import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { errorMessage } from '../api/api-error';
import { ProjectsApi } from '../core/data-access/projects.api';

/** What a section's picker says and where it leads; set as route data. */
export interface ProjectPickerData {
  heading: string;
  lead: string;
  /** The segment after `/projects/:id/`, e.g. `images`. */
  section: string;
}

/** The first step of a per-project section (`/images`, `/training`, `/models`): pick the project. */
@Component({
  selector: 'sl-project-picker-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatListModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    DecimalPipe,
  ],
  template: `
    <h1>{{ heading() }}</h1>
    <p>{{ lead() }}</p>
    @if (projects.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (projects.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    @if (projects.hasValue()) {
      <mat-nav-list class="list">
        @for (project of projects.value(); track project.id) {
          <a
            mat-list-item
            [routerLink]="['/projects', project.id, section()]"
            data-testid="pick-project"
            [attr.data-project-name]="project.name"
          >
            <mat-icon matListItemIcon svgIcon="folder" />
            <span matListItemTitle>{{ project.name }}</span>
            <span matListItemLine
              >{{ project.imageCount | number }} images ·
              {{ project.labels.length }} labels</span
            >
          </a>
        } @empty {
          <p>
            No projects yet.
            <a routerLink="/projects">Create one on the Projects page.</a>
          </p>
        }
      </mat-nav-list>
    }
  `,
  styles: `
    .list {
      max-width: 640px;
    }
  `,
})
export class ProjectPickerPage {
  private readonly api = inject(ProjectsApi);

  // Route data, bound by the router.
  readonly heading = input.required<string>();
  readonly lead = input.required<string>();
  readonly section = input.required<string>();

  protected readonly projects = resource({
    loader: ({ abortSignal }) => this.api.list(abortSignal),
  });

  protected describe(err: unknown): string {
    return errorMessage(err);
  }
}
