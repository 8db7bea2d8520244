// Maintained by tools/generate-migration.ts.
import { Init1795616357210 } from './1795616357210-init';

export const TRAINING_MIGRATIONS = [Init1795616357210];
