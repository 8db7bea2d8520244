import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
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
}

export class CaptureDto {
  @ApiProperty() cameraId!: string;
  @ApiProperty() imageId!: string;
  @ApiProperty() capturedAt!: string;
  @ApiProperty() duplicate!: boolean;
}
