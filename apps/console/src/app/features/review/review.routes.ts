import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { ReviewPage } from './review.page';

/** `/review`: pick a project first. */
export const reviewRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Review · Sightline',
    data: {
      heading: 'Review',
      lead: 'Pick a project to confirm or correct what its production model predicted, least sure first.',
      section: 'review',
    } satisfies ProjectPickerData,
  },
];

/** `/projects/:projectId/review`: the keyboard-driven review queue. */
export const projectReviewRoutes: Route[] = [
  { path: '', component: ReviewPage, title: 'Review · Sightline' },
];
