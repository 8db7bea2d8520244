import { Route } from '@angular/router';
import { TrainingPage } from './training.page';

export const trainingRoutes: Route[] = [
  { path: '', component: TrainingPage, title: 'Training · Sightline' },
];
