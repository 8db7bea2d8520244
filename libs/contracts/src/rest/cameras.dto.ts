import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CAMERA_KINDS, type CameraKind } from '../lib/roles';

export class CameraScheduleDto {
  /** Capture every N seconds. */
  @ApiPropertyOptional({ minimum: 1, maximum: 604800 })
  @IsOptional() @IsInt() @Min(1) @Max(604800)
  everySeconds?: number;

  /** A cron expression (5 or 6 fields), instead of everySeconds. */
  @ApiPropertyOptional({ example: '*/5 * * * *' })
  @IsOptional() @IsString() @MaxLength(100)
  cron?: string;
}

export class CreateCameraDto {
  @ApiProperty({ example: 'line 3 top' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: CAMERA_KINDS })
  @IsIn(CAMERA_KINDS)
  kind!: CameraKind;

  /** For http-snapshot, mjpeg and rtsp cameras; credentials in it are stored but never returned. */
  @ApiPropertyOptional({ example: 'http://user:pass@10.0.0.5/snapshot.jpg' })
  @IsOptional() @IsString() @MaxLength(2000)
  url?: string;

  /** For video-file, v4l2 and folder cameras. */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(1000)
  path?: string;

  @ApiPropertyOptional({ type: CameraScheduleDto })
  @IsOptional() @ValidateNested() @Type(() => CameraScheduleDto)
  schedule?: CameraScheduleDto;

  @ApiPropertyOptional({ default: true })
  @IsOptional() @IsBoolean()
  enabled?: boolean;

  /** Ask the production model about every frame as soon as it is stored. */
  @ApiPropertyOptional({ default: false })
  @IsOptional() @IsBoolean()
  predictOnCapture?: boolean;

  /** Extra request headers for http-snapshot and mjpeg cameras (e.g. an API token); stored, never returned (values come back as ***). */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { 'X-Api-Key': 'secret' } })
  @IsOptional() @IsObject()
  headers?: Record<string, string>;
}

export class UpdateCameraDto {
  @ApiPropertyOptional()
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(1000)
  path?: string;

  /** Replaces the schedule; `{}` means on demand only. */
  @ApiPropertyOptional({ type: CameraScheduleDto })
  @IsOptional() @ValidateNested() @Type(() => CameraScheduleDto)
  schedule?: CameraScheduleDto;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  predictOnCapture?: boolean;

  /** Replaces the extra request headers; `{}` removes them. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional() @IsObject()
  headers?: Record<string, string>;
}

/** Settings to try before saving; with cameraId, the saved camera with these changes (a masked URL means its stored one). */
export class TestCameraDto {
  @ApiPropertyOptional({ enum: CAMERA_KINDS })
  @IsOptional() @IsIn(CAMERA_KINDS)
  kind?: CameraKind;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(1000)
  path?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  cameraId?: string;

  /** Replaces a saved camera's headers for this test; without it, its stored ones are used. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional() @IsObject()
  headers?: Record<string, string>;
}

export class PostFrameDto {
  /** One image (JPEG, PNG, WebP). */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;

  /** Optional label from the project's label set. */
  @ApiPropertyOptional()
  label?: string;

  /** `true` to get a prediction at once. */
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  predict?: string;
}

export class CameraDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CAMERA_KINDS }) kind!: string;
  /** With any password masked as ***. */
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) path!: string | null;
  @ApiProperty({ type: CameraScheduleDto, nullable: true }) schedule!: CameraScheduleDto | null;
  @ApiProperty() enabled!: boolean;
  /** idle, ok or failing. */
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastCaptureAt!: string | null;
  @ApiProperty() consecutiveFailures!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() predictOnCapture!: boolean;
  /** Frames stored since midnight UTC. */
  @ApiProperty() capturesToday!: number;
  /** The image of the last frame stored; its thumbnail is at `/images/:id/thumbnail`. */
  @ApiProperty({ nullable: true, type: String }) lastImageId!: string | null;
  /** When the schedule fires next (backoff included). */
  @ApiProperty({ nullable: true, type: String }) nextCaptureAt!: string | null;
  /** Extra request header names, each value shown as ***. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers!: Record<string, string>;
}

export class CaptureDto {
  @ApiProperty() cameraId!: string;
  @ApiProperty() imageId!: string;
  @ApiProperty() capturedAt!: string;
  @ApiProperty() duplicate!: boolean;
  /** Frames stored by this capture (a folder camera may find several new files, or none). */
  @ApiProperty() stored!: number;
  /** Frames kept in the camera service's local spool because history could not store them now; stored when it is back. */
  @ApiProperty() spooled!: number;
  /** With predict on capture: the prediction of the (last) frame. */
  @ApiProperty({ nullable: true, type: String }) predictionLabel!: string | null;
  @ApiProperty({ nullable: true, type: Number }) predictionConfidence!: number | null;
  /** Why no prediction was made (e.g. no production model yet); the frame is stored anyway. */
  @ApiProperty({ nullable: true, type: String }) predictionError!: string | null;
}
