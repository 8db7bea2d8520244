import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditEventDto {
  @ApiProperty() id!: string;
  /** The user or API key (`key:<name>`) that did it; the service name for automatic changes. */
  @ApiProperty({ nullable: true, type: String }) actor!: string | null;
  /** E.g. `image.label`, `model.promote`, `project.update`, `camera.delete`, `user.create`. */
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: String }) targetType!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: String }) projectId!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) details!: Record<string, unknown> | null;
  @ApiProperty() createdAt!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  /** Pass as `cursor` for the next (older) page; null on the last one. */
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ListAuditQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  projectId?: string;

  /** One action (`image.label`), or every action of a kind with a trailing dot (`model.`). */
  @ApiPropertyOptional({ example: 'model.' }) @IsOptional() @IsString() @MaxLength(64) @Matches(/^[a-z-]+(\.[a-z-]*)?$/, { message: 'action must look like image.label or model.' })
  action?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  targetId?: string;

  /** At or after (ISO 8601). */
  @ApiPropertyOptional() @IsOptional() @IsISO8601()
  from?: string;

  /** Before (ISO 8601). */
  @ApiPropertyOptional() @IsOptional() @IsISO8601()
  to?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
