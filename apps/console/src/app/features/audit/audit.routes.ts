import { Route } from '@angular/router';
import { AuditPage } from './audit.page';

/** `/audit`: who changed what, newest first. */
export const auditRoutes: Route[] = [
  { path: '', component: AuditPage, title: 'Audit log · Sightline' },
];
