import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { WebhooksPage } from './webhooks.page';

/** `/webhooks`: pick a project first. */
export const webhooksRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Webhooks · Sightline',
    data: {
      heading: 'Webhooks',
      lead: 'Pick a project to manage the URLs that get its events, and see their deliveries.',
      section: 'webhooks',
    } satisfies ProjectPickerData,
  },
];

/** `/projects/:projectId/webhooks`: the project's webhooks and their deliveries. */
export const projectWebhooksRoutes: Route[] = [
  { path: '', component: WebhooksPage, title: 'Webhooks · Sightline' },
];
