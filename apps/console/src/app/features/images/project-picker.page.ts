import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  resource,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { errorMessage } from '../../api/api-error';
import { ProjectsApi } from '../../core/data-access/projects.api';

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
    <h1>Images</h1>
    <p>Pick a project to browse and upload its images.</p>
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
            [routerLink]="['/projects', project.id, 'images']"
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
  protected readonly projects = resource({
    loader: ({ abortSignal }) => this.api.list(abortSignal),
  });

  protected describe(err: unknown): string {
    return errorMessage(err);
  }
}
