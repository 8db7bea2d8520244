import { Route } from '@angular/router';
import { ProjectsPage } from './projects.page';

export const projectsRoutes: Route[] = [
  { path: '', component: ProjectsPage, title: 'Projects · Sightline' },
];
