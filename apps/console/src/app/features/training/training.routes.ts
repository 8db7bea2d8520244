import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { TrainingPage } from './training.page';

/** `/training`: pick a project first. */
export const trainingRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Training · Sightline',
    data: {
      heading: 'Training',
      lead: 'Pick a project to train a model on its labeled images and follow its jobs.',
      section: 'training',
    } satisfies ProjectPickerData,
  },
];

/** `/projects/:projectId/training?job=<id>`: start jobs, follow one live. */
export const projectTrainingRoutes: Route[] = [
  { path: '', component: TrainingPage, title: 'Training · Sightline' },
];
