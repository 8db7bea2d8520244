import { Route } from '@angular/router';
import { ModelsPage } from './models.page';

export const modelsRoutes: Route[] = [
  { path: '', component: ModelsPage, title: 'Models · Sightline' },
];
