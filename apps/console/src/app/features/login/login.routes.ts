import { Route } from '@angular/router';
import { LoginPage } from './login.page';

export const loginRoutes: Route[] = [
  { path: '', component: LoginPage, title: 'Sign in · Sightline' },
];
