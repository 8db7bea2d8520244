import {
  ChangeDetectionStrategy,
  Component,
  inject,
  resource,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../api/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { ProjectsApi, type Project } from '../../core/data-access/projects.api';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '../../shared/ui/confirm-dialog';
import { ProjectDialog, type ProjectDialogResult } from './project-dialog';
import { ProjectTable } from './project-table';

@Component({
  selector: 'sl-projects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, ProjectTable],
  template: `
    <div class="header">
      <h1>Projects</h1>
      @if (session.canWrite()) {
        <button mat-flat-button data-testid="project-create" (click)="create()">
          <mat-icon svgIcon="add" />
          New project
        </button>
      }
    </div>
    @if (projects.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (projects.error(); as err) {
      <p class="error-text">{{ describe(err) }}</p>
    }
    @if (projects.hasValue()) {
      @if (projects.value().length) {
        <sl-project-table
          [projects]="projects.value()"
          [canWrite]="session.canWrite()"
          (open)="open($event)"
          (edit)="edit($event)"
          (remove)="remove($event)"
        />
      } @else {
        <p data-testid="projects-empty">
          No projects yet.
          @if (session.canWrite()) {
            Create one to start collecting images.
          }
        </p>
      }
    }
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
  `,
})
export class ProjectsPage {
  private readonly api = inject(ProjectsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  protected readonly projects = resource({
    loader: ({ abortSignal }) => this.api.list(abortSignal),
  });

  protected describe(err: unknown): string {
    return errorMessage(err);
  }

  protected open(project: Project): void {
    void this.router.navigate(['/projects', project.id, 'images']);
  }

  protected async create(): Promise<void> {
    const result = await this.openDialog(null);
    if (result) {
      await this.run(
        () => this.api.create(result),
        `Project “${result.name}” created`,
      );
    }
  }

  protected async edit(project: Project): Promise<void> {
    const result = await this.openDialog(project);
    if (result) {
      await this.run(
        () => this.api.update(project.id, result),
        `Project “${result.name}” saved`,
      );
    }
  }

  protected async remove(project: Project): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'Delete project?',
      message: `“${project.name}” and its ${project.imageCount} image(s) will be deleted. This cannot be undone.`,
      confirmLabel: 'Delete',
    };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialog, { data }).afterClosed(),
    );
    if (confirmed === true) {
      await this.run(
        () => this.api.remove(project.id),
        `Project “${project.name}” deleted`,
      );
    }
  }

  private openDialog(
    project: Project | null,
  ): Promise<ProjectDialogResult | undefined> {
    const ref = this.dialog.open<
      ProjectDialog,
      Project | null,
      ProjectDialogResult
    >(ProjectDialog, {
      data: project,
    });
    return firstValueFrom(ref.afterClosed());
  }

  private async run(
    action: () => Promise<unknown>,
    success: string,
  ): Promise<void> {
    try {
      await action();
      this.snackBar.open(success, undefined, { duration: 3000 });
      this.projects.reload();
    } catch (err) {
      this.snackBar.open(errorMessage(err), 'Dismiss', { duration: 8000 });
    }
  }
}
