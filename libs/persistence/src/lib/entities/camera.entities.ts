import { Column, Entity, Index } from 'typeorm';
import { TimestampColumn, UuidEntity } from './columns';

@Entity('camera')
@Index('ix_camera_project', ['projectId'])
export class CameraEntity extends UuidEntity {
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** http-snapshot | mjpeg | rtsp | video-file | v4l2 | folder | webcam */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  /** Stored with its credentials; the API only ever returns it masked. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  path!: string | null;

  /** Extra request headers for HTTP cameras, as a JSON object; like the URL's password, values never leave the service. */
  @Column({ type: 'varchar', length: 4000, nullable: true })
  headers!: string | null;

  @Column({ name: 'schedule_every_seconds', type: 'int', nullable: true })
  scheduleEverySeconds!: number | null;

  @Column({ name: 'schedule_cron', type: 'varchar', length: 100, nullable: true })
  scheduleCron!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** idle | ok | failing */
  @Column({ type: 'varchar', length: 16, default: 'idle' })
  status!: string;

  @Column({ name: 'last_error', type: 'varchar', length: 2000, nullable: true })
  lastError!: string | null;

  @TimestampColumn({ name: 'last_capture_at', nullable: true })
  lastCaptureAt!: Date | null;

  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  consecutiveFailures!: number;

  /** Ask inference for a prediction as soon as a frame is stored. */
  @Column({ name: 'predict_on_capture', type: 'boolean', default: false })
  predictOnCapture!: boolean;

  /** Frames stored on `captures_day` (UTC, YYYY-MM-DD); a new day starts again at 0. */
  @Column({ name: 'captures_today', type: 'int', default: 0 })
  capturesToday!: number;

  @Column({ name: 'captures_day', type: 'varchar', length: 10, nullable: true })
  capturesDay!: string | null;

  /** The history image of the last frame (its thumbnail is the camera's preview). */
  @Column({ name: 'last_image_id', type: 'varchar', length: 36, nullable: true })
  lastImageId!: string | null;

  /** The camera service replica that runs this camera's schedule, until `lease_until` (then any replica may take over). */
  @Column({ name: 'lease_owner', type: 'varchar', length: 100, nullable: true })
  leaseOwner!: string | null;

  @TimestampColumn({ name: 'lease_until', nullable: true })
  leaseUntil!: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

export const CAMERA_ENTITIES = [CameraEntity];
