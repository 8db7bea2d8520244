// Maintained by tools/generate-migration.ts.
import { Init1795616356017 } from './1795616356017-init';
import { CaptureStatus1795637772616 } from './1795637772616-capture-status';

export const CAMERA_MIGRATIONS = [Init1795616356017, CaptureStatus1795637772616];
