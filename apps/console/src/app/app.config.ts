import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  provideRouter,
  withComponentInputBinding,
  withRouterConfig,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { provideAppIcons } from './shared/ui/icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      // Feature pages under `projects/:projectId/...` read the parent's param as an input.
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    provideAppIcons(),
  ],
};
