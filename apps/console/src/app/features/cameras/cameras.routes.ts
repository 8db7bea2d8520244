import { Route } from '@angular/router';
import { CamerasPage } from './cameras.page';
import { WebcamPage } from './webcam.page';

export const camerasRoutes: Route[] = [
  { path: '', component: CamerasPage, title: 'Cameras · Sightline' },
  { path: 'webcam', component: WebcamPage, title: 'Webcam · Sightline' },
];
