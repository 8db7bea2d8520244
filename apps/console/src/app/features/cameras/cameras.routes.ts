import { Route } from '@angular/router';
import { CamerasPage } from './cameras.page';

export const camerasRoutes: Route[] = [
  { path: '', component: CamerasPage, title: 'Cameras · Sightline' },
];
