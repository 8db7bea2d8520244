import { Route } from '@angular/router';
import { anonymousGuard, authGuard } from './core/auth/auth.guard';
import { Shell } from './layout/shell';

export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [anonymousGuard],
    loadChildren: () =>
      import('./features/login/login.routes').then((m) => m.loginRoutes),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        loadChildren: () =>
          import('./features/dashboard/dashboard.routes').then(
            (m) => m.dashboardRoutes,
          ),
      },
      {
        path: 'projects/:projectId/images',
        loadChildren: () =>
          import('./features/images/images.routes').then(
            (m) => m.projectImagesRoutes,
          ),
      },
      {
        path: 'projects/:projectId/review',
        loadChildren: () =>
          import('./features/review/review.routes').then(
            (m) => m.projectReviewRoutes,
          ),
      },
      {
        path: 'projects/:projectId/history',
        loadChildren: () =>
          import('./features/history/history.routes').then(
            (m) => m.projectHistoryRoutes,
          ),
      },
      {
        path: 'projects/:projectId/webhooks',
        loadChildren: () =>
          import('./features/webhooks/webhooks.routes').then(
            (m) => m.projectWebhooksRoutes,
          ),
      },
      {
        path: 'projects/:projectId/retention',
        loadChildren: () =>
          import('./features/retention/retention.routes').then(
            (m) => m.projectRetentionRoutes,
          ),
      },
      {
        path: 'audit',
        loadChildren: () =>
          import('./features/audit/audit.routes').then((m) => m.auditRoutes),
      },
      {
        path: 'review',
        loadChildren: () =>
          import('./features/review/review.routes').then((m) => m.reviewRoutes),
      },
      {
        path: 'projects/:projectId/training',
        loadChildren: () =>
          import('./features/training/training.routes').then(
            (m) => m.projectTrainingRoutes,
          ),
      },
      {
        path: 'projects/:projectId/models',
        loadChildren: () =>
          import('./features/models/models.routes').then(
            (m) => m.projectModelsRoutes,
          ),
      },
      {
        path: 'projects',
        loadChildren: () =>
          import('./features/projects/projects.routes').then(
            (m) => m.projectsRoutes,
          ),
      },
      {
        path: 'images',
        loadChildren: () =>
          import('./features/images/images.routes').then((m) => m.imagesRoutes),
      },
      {
        path: 'history',
        loadChildren: () =>
          import('./features/history/history.routes').then(
            (m) => m.historyRoutes,
          ),
      },
      {
        path: 'webhooks',
        loadChildren: () =>
          import('./features/webhooks/webhooks.routes').then(
            (m) => m.webhooksRoutes,
          ),
      },
      {
        path: 'retention',
        loadChildren: () =>
          import('./features/retention/retention.routes').then(
            (m) => m.retentionRoutes,
          ),
      },
      {
        path: 'cameras',
        loadChildren: () =>
          import('./features/cameras/cameras.routes').then(
            (m) => m.camerasRoutes,
          ),
      },
      {
        path: 'training',
        loadChildren: () =>
          import('./features/training/training.routes').then(
            (m) => m.trainingRoutes,
          ),
      },
      {
        path: 'models',
        loadChildren: () =>
          import('./features/models/models.routes').then((m) => m.modelsRoutes),
      },
      {
        path: 'settings',
        loadChildren: () =>
          import('./features/settings/settings.routes').then(
            (m) => m.settingsRoutes,
          ),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
