// Maintained by tools/generate-migration.ts.
import { Init1795616356017 } from './1795616356017-init';

export const CAMERA_MIGRATIONS = [Init1795616356017];
