// Maintained by tools/generate-migration.ts.
import { Init1795616358416 } from './1795616358416-init';
import { SchedulerLease1795657186904 } from './1795657186904-scheduler-lease';

export const GATEWAY_MIGRATIONS = [Init1795616358416, SchedulerLease1795657186904];
