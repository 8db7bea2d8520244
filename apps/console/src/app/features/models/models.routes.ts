import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { ModelDetailPage } from './model-detail.page';
import { ModelsPage } from './models.page';

/** `/models`: pick a project first; `/models/:modelId`: one version, its metrics and promotion. */
export const modelsRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Models · Sightline',
    data: {
      heading: 'Models',
      lead: "Pick a project to see its model versions, their metrics and the production alias's history.",
      section: 'models',
    } satisfies ProjectPickerData,
  },
  { path: ':modelId', component: ModelDetailPage, title: 'Model · Sightline' },
];

/** `/projects/:projectId/models`: the project's versions, rollback and promotion history. */
export const projectModelsRoutes: Route[] = [
  { path: '', component: ModelsPage, title: 'Models · Sightline' },
];
