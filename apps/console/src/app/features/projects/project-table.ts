import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { Project } from '../../core/data-access/projects.api';

@Component({
  selector: 'sl-project-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    MatChipsModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    RouterLink,
    DatePipe,
    DecimalPipe,
  ],
  template: `
    <table mat-table [dataSource]="projects()" data-testid="project-table">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>Name</th>
        <td mat-cell *matCellDef="let project">
          <span class="name">{{ project.name }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="labels">
        <th mat-header-cell *matHeaderCellDef>Labels</th>
        <td mat-cell *matCellDef="let project">
          <mat-chip-set aria-label="Labels">
            @for (label of project.labels; track label) {
              <mat-chip>{{ label }}</mat-chip>
            } @empty {
              <span class="muted">none</span>
            }
          </mat-chip-set>
        </td>
      </ng-container>
      <ng-container matColumnDef="imageCount">
        <th mat-header-cell *matHeaderCellDef class="num">Images</th>
        <td
          mat-cell
          *matCellDef="let project"
          class="num"
          data-testid="project-image-count"
        >
          {{ project.imageCount | number }}
        </td>
      </ng-container>
      <ng-container matColumnDef="createdAt">
        <th mat-header-cell *matHeaderCellDef>Created</th>
        <td mat-cell *matCellDef="let project">
          {{ project.createdAt | date: 'medium' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef></th>
        <td mat-cell *matCellDef="let project" class="actions">
          <a
            mat-icon-button
            matTooltip="History"
            aria-label="Prediction history"
            data-testid="project-history"
            [routerLink]="['/projects', project.id, 'history']"
            (click)="$event.stopPropagation()"
          >
            <mat-icon svgIcon="list" />
          </a>
          <a
            mat-icon-button
            matTooltip="Webhooks"
            aria-label="Webhooks"
            data-testid="project-webhooks"
            [routerLink]="['/projects', project.id, 'webhooks']"
            (click)="$event.stopPropagation()"
          >
            <mat-icon svgIcon="webhook" />
          </a>
          <a
            mat-icon-button
            matTooltip="Retention"
            aria-label="Retention"
            data-testid="project-retention"
            [routerLink]="['/projects', project.id, 'retention']"
            (click)="$event.stopPropagation()"
          >
            <mat-icon svgIcon="retention" />
          </a>
          @if (canWrite()) {
            <button
              mat-icon-button
              matTooltip="Edit"
              aria-label="Edit project"
              data-testid="project-edit"
              (click)="$event.stopPropagation(); edit.emit(project)"
            >
              <mat-icon svgIcon="edit" />
            </button>
            <button
              mat-icon-button
              matTooltip="Delete"
              aria-label="Delete project"
              data-testid="project-delete"
              (click)="$event.stopPropagation(); remove.emit(project)"
            >
              <mat-icon svgIcon="delete" />
            </button>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr
        mat-row
        *matRowDef="let project; columns: columns"
        class="row"
        data-testid="project-row"
        [attr.data-project-id]="project.id"
        [attr.data-project-name]="project.name"
        (click)="open.emit(project)"
      ></tr>
    </table>
  `,
  styles: `
    .row {
      cursor: pointer;
    }
    .row:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .name {
      font-weight: 500;
    }
    .num {
      text-align: right;
    }
    .actions {
      text-align: right;
      white-space: nowrap;
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class ProjectTable {
  readonly projects = input.required<Project[]>();
  readonly canWrite = input(false);

  readonly open = output<Project>();
  readonly edit = output<Project>();
  readonly remove = output<Project>();

  protected readonly columns = [
    'name',
    'labels',
    'imageCount',
    'createdAt',
    'actions',
  ];
}
