import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { HistoryPage } from './history.page';

/** `/history`: pick a project first. */
export const historyRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'History · Sightline',
    data: {
      heading: 'History',
      lead: 'Pick a project to browse, filter and export its predictions.',
      section: 'history',
    } satisfies ProjectPickerData,
  },
];

/** `/projects/:projectId/history`: the project's predictions with filters, paging and export. */
export const projectHistoryRoutes: Route[] = [
  { path: '', component: HistoryPage, title: 'History · Sightline' },
];
