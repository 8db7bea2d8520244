// Maintained by tools/generate-migration.ts.
import { Init1795616356017 } from './1795616356017-init';
import { CaptureStatus1795637772616 } from './1795637772616-capture-status';
import { CameraHeaders1795639546490 } from './1795639546490-camera-headers';
import { CameraScheduleLease1795640796919 } from './1795640796919-camera-schedule-lease';

export const CAMERA_MIGRATIONS = [Init1795616356017, CaptureStatus1795637772616, CameraHeaders1795639546490, CameraScheduleLease1795640796919];
