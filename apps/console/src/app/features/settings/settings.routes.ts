import { Route } from '@angular/router';
import { SettingsPage } from './settings.page';

export const settingsRoutes: Route[] = [
  { path: '', component: SettingsPage, title: 'Settings · Sightline' },
];
