import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

interface ProjectSection {
  /** The segment after `/projects/:id/`. */
  path: string;
  label: string;
}

const SECTIONS: readonly ProjectSection[] = [
  { path: 'images', label: 'Images' },
  { path: 'history', label: 'History' },
  { path: 'review', label: 'Review' },
  { path: 'training', label: 'Training' },
  { path: 'models', label: 'Models' },
  { path: 'webhooks', label: 'Webhooks' },
  { path: 'retention', label: 'Retention' },
];

/** The project's pages as tabs, so each is one click from the others. */
@Component({
  selector: 'sl-project-tabs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabsModule, RouterLink, RouterLinkActive],
  template: `
    <nav
      mat-tab-nav-bar
      [tabPanel]="panel"
      mat-stretch-tabs="false"
      data-testid="project-tabs"
    >
      @for (section of sections; track section.path) {
        <a
          mat-tab-link
          [routerLink]="['/projects', projectId(), section.path]"
          routerLinkActive
          #rla="routerLinkActive"
          [active]="rla.isActive"
          [attr.data-testid]="'project-tab-' + section.path"
          >{{ section.label }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel />
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class ProjectTabs {
  readonly projectId = input.required<string>();
  protected readonly sections = SECTIONS;
}
