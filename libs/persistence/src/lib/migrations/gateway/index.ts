// Maintained by tools/generate-migration.ts.
import { Init1795616358416 } from './1795616358416-init';

export const GATEWAY_MIGRATIONS = [Init1795616358416];
