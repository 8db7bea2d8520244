import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateProjectDto {
  /** Unique project name, e.g. "brake-disc flaws". */
  @ApiProperty({ example: 'digits' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** The label set, e.g. ["ok", "defect"]. */
  @ApiPropertyOptional({ type: [String], example: ['0', '1', '2'] })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(100, { each: true })
  labels?: string[];
}

export class UpdateProjectDto {
  @ApiPropertyOptional()
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  /** Replaces the label set. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(100, { each: true })
  labels?: string[];

  /** A prediction with a lower confidence is answered as `uncertain` and goes to review; 0 turns it off. */
  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.8 })
  @IsOptional() @IsNumber() @Min(0) @Max(1)
  confidenceThreshold?: number;

  /** Per-class thresholds (label → 0..1) that replace `confidenceThreshold` when that label is predicted; replaces the whole map. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, example: { defect: 0.95 } })
  @IsOptional() @IsObject()
  classThresholds?: Record<string, number>;

  /** New labels (since the production model's data set) that start a retraining; 0 never; null goes back to `AUTO_RETRAIN_LABELS`. */
  @ApiPropertyOptional({ minimum: 0, maximum: 10_000_000, nullable: true, type: Number, example: 500 })
  @IsOptional() @IsInt() @Min(0) @Max(10_000_000)
  autoRetrainLabels?: number | null;

  /** Delete unlabeled, unreviewed images older than this many days; null keeps them. */
  @ApiPropertyOptional({ minimum: 1, maximum: 100_000, nullable: true, type: Number, example: 30 })
  @IsOptional() @IsInt() @Min(1) @Max(100_000)
  retentionDays?: number | null;

  /** Past this many GB of images, delete the oldest unlabeled, unreviewed ones; null: no limit. */
  @ApiPropertyOptional({ minimum: 0.001, maximum: 1_000_000, nullable: true, type: Number, example: 50 })
  @IsOptional() @IsNumber() @Min(0.000001) @Max(1_000_000)
  retentionGb?: number | null;
}

export class RunRetentionDto {
  /** Only count what would go. */
  @ApiPropertyOptional({ default: false })
  @IsOptional() @IsBoolean()
  dryRun?: boolean;
}

export class RetentionResultDto {
  /** Images deleted (or, in a dry run, that would be). */
  @ApiProperty() images!: number;
  @ApiProperty() bytes!: number;
  /** The first 100 of them. */
  @ApiProperty({ type: [String] }) imageIds!: string[];
  @ApiProperty() dryRun!: boolean;
}

export class ProjectDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) labels!: string[];
  @ApiProperty() imageCount!: number;
  /** Below it a prediction is `uncertain`; 0 when off. */
  @ApiProperty() confidenceThreshold!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) classThresholds!: Record<string, number>;
  /** The project's own retraining threshold; null when it follows `AUTO_RETRAIN_LABELS`. */
  @ApiProperty({ nullable: true, type: Number }) autoRetrainLabels!: number | null;
  @ApiProperty({ nullable: true, type: Number }) retentionDays!: number | null;
  @ApiProperty({ nullable: true, type: Number }) retentionGb!: number | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}
