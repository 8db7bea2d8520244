import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import type { Project } from '../../core/data-access/projects.api';

export interface ProjectDialogResult {
  name: string;
  labels: string[];
}

/** Create or edit a project: a name and its label set, entered as chips. Closes with the form value. */
@Component({
  selector: 'sl-project-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatChipsModule,
    MatIconModule,
    MatButtonModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ project ? 'Edit project' : 'New project' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content class="content">
        <mat-form-field>
          <mat-label>Name</mat-label>
          <input
            matInput
            formControlName="name"
            cdkFocusInitial
            data-testid="project-name-input"
          />
          @if (form.controls.name.hasError('required')) {
            <mat-error>A name is required</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Labels</mat-label>
          <mat-chip-grid #chipGrid aria-label="Labels">
            @for (label of labels(); track label) {
              <mat-chip-row
                (removed)="removeLabel(label)"
                [attr.data-testid]="'project-label-chip'"
              >
                {{ label }}
                <button matChipRemove [attr.aria-label]="'Remove ' + label">
                  <mat-icon svgIcon="close" />
                </button>
              </mat-chip-row>
            }
            <input
              placeholder="Type a label, press Enter"
              [matChipInputFor]="chipGrid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addLabel($event)"
              data-testid="project-labels-input"
            />
          </mat-chip-grid>
          <mat-hint>Separate labels with Enter or a comma</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button
          mat-button
          type="button"
          mat-dialog-close
          data-testid="project-dialog-cancel"
        >
          Cancel
        </button>
        <button mat-flat-button type="submit" data-testid="project-dialog-save">
          {{ project ? 'Save' : 'Create' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 420px;
    }
  `,
})
export class ProjectDialog {
  private readonly dialogRef =
    inject<MatDialogRef<ProjectDialog, ProjectDialogResult>>(MatDialogRef);
  protected readonly project = inject<Project | null>(MAT_DIALOG_DATA, {
    optional: true,
  });

  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly labels = signal<string[]>(this.project?.labels ?? []);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.project?.name ?? '', Validators.required],
  });

  protected addLabel(event: MatChipInputEvent): void {
    const label = event.value.trim();
    if (label && !this.labels().includes(label)) {
      this.labels.update((labels) => [...labels, label]);
    }
    event.chipInput.clear();
  }

  protected removeLabel(label: string): void {
    this.labels.update((labels) => labels.filter((l) => l !== label));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close({
      name: this.form.controls.name.value.trim(),
      labels: this.labels(),
    });
  }
}
