import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { RetentionPage } from './retention.page';

/** `/retention`: pick a project first. */
export const retentionRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Retention · Sightline',
    data: {
      heading: 'Retention',
      lead: 'Pick a project to set how long its unlabeled images are kept.',
      section: 'retention',
    } satisfies ProjectPickerData,
  },
];

/** `/projects/:projectId/retention`: the project's retention policy, a dry run and a run. */
export const projectRetentionRoutes: Route[] = [
  { path: '', component: RetentionPage, title: 'Retention · Sightline' },
];
