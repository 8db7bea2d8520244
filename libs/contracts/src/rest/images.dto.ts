import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ImageDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  /** SHA-256 of the bytes; the same bytes twice are one image. */
  @ApiProperty() sha256!: string;
  /** upload, import, camera or webcam. */
  @ApiProperty() source!: string;
  /** The camera (or import job) that produced it. */
  @ApiProperty({ nullable: true, type: String }) sourceId!: string | null;
  @ApiProperty() capturedAt!: string;
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty({ example: 'image/png' }) mime!: string;
  /** Bytes. */
  @ApiProperty() size!: number;
  /** The newest label, or null when unlabeled. */
  @ApiProperty({ nullable: true, type: String }) label!: string | null;
  @ApiProperty({ nullable: true, type: String }) labeledAt!: string | null;
  @ApiProperty() createdAt!: string;
  /** True when these bytes were already stored in the project. */
  @ApiProperty() duplicate!: boolean;
  /** `train` or `test` when an imported data set placed it there; null lets training split. */
  @ApiProperty({ nullable: true, type: String }) split!: string | null;
}

export class ImagePageDto {
  @ApiProperty({ type: [ImageDto] }) items!: ImageDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ListImagesQueryDto {
  /** Only images whose current label is this. */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional() @IsIn(['true', 'false'])
  labeled?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional() @IsIn(['true', 'false'])
  predicted?: 'true' | 'false';

  /** Captured at or after (ISO 8601). */
  @ApiPropertyOptional()
  @IsOptional() @IsISO8601()
  from?: string;

  /** Captured before (ISO 8601). */
  @ApiPropertyOptional()
  @IsOptional() @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize?: number;
}

export class SetLabelDto {
  /** One of the project's labels. */
  @ApiProperty({ example: '7' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  label!: string;
}

export class UploadImagesDto {
  /** One or more image files (JPEG, PNG, WebP, GIF, TIFF). */
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'binary' } })
  file!: unknown[];

  /** Optional label for every file. */
  @ApiPropertyOptional()
  label?: string;
}

export class LabelEntryDto {
  @ApiProperty() label!: string;
  /** upload, import, review or feedback. */
  @ApiProperty() origin!: string;
  @ApiProperty({ nullable: true, type: String }) author!: string | null;
  @ApiProperty() createdAt!: string;
}

export class LabelHistoryDto {
  @ApiProperty({ type: [LabelEntryDto] }) labels!: LabelEntryDto[];
}
