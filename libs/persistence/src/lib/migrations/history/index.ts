// Maintained by tools/generate-migration.ts.
import { Init1795616354921 } from './1795616354921-init';

export const HISTORY_MIGRATIONS = [Init1795616354921];
