import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ImageDto } from './images.dto';

/** A prediction as history keeps it, with its review state. */
export class StoredPredictionDto {
  @ApiProperty() id!: string;
  @ApiProperty() imageId!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() modelId!: string;
  @ApiProperty() modelVersion!: number;
  /** The model's best label (its best guess when `uncertain`). */
  @ApiProperty() label!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores!: Record<string, number>;
  /** The confidence was below the project's threshold. */
  @ApiProperty() uncertain!: boolean;
  /** Top score minus the second: the smaller, the less sure the model was. */
  @ApiProperty() margin!: number;
  @ApiProperty() latencyMs!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() reviewed!: boolean;
  /** Whether the newest review said the prediction was right; null until reviewed. */
  @ApiProperty({ nullable: true, type: Boolean }) reviewCorrect!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) reviewedAt!: string | null;
}

export class ReviewItemDto {
  @ApiProperty({ type: StoredPredictionDto }) prediction!: StoredPredictionDto;
  @ApiProperty({ type: ImageDto }) image!: ImageDto;
  /** Why it is in the queue: `uncertain`, `margin` (among the least sure) or `random` (the sample of confident ones). */
  @ApiProperty({ enum: ['uncertain', 'margin', 'random'] }) reason!: string;
}

export class ReviewQueueDto {
  @ApiProperty({ type: [ReviewItemDto] }) items!: ReviewItemDto[];
  /** Predictions still waiting for a review (their images have no label), counted up to 10,000. */
  @ApiProperty() pending!: number;
  /** More than `pending` are waiting: counting stopped at 10,000 (a count of a million rows cost 0.2 s per call on MariaDB). */
  @ApiProperty() pendingMore!: boolean;
  /** The model whose predictions are reviewed: production, or null (every model) when the project has none. */
  @ApiProperty({ nullable: true, type: String }) modelId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) modelVersion!: number | null;
}

export class ReviewQueueQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  /** Share (0..1) of the items drawn at random from confident predictions; default `REVIEW_RANDOM_SHARE`. */
  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  randomShare?: number;

  /** Prediction ids the client holds already (comma-separated), left out of the answer. */
  @ApiPropertyOptional({ type: String })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @ArrayMaxSize(500) @IsUUID('all', { each: true })
  exclude?: string[];
}

export class FeedbackDto {
  /** True confirms the prediction; false corrects it with `label`. */
  @ApiProperty()
  @IsBoolean()
  correct!: boolean;

  /** The right label (one of the project's); required when `correct` is false. */
  @ApiPropertyOptional({ example: 'defect' })
  @ValidateIf((o: FeedbackDto) => o.correct === false || o.label !== undefined)
  @IsString() @IsNotEmpty() @MaxLength(100)
  label?: string;
}

export class FeedbackResultDto {
  @ApiProperty({ type: StoredPredictionDto }) prediction!: StoredPredictionDto;
  /** The image with its label after the feedback. */
  @ApiProperty({ type: ImageDto }) image!: ImageDto;
}

/** How often people found the production model right, from reviewed predictions. */
export class LiveAccuracyDto {
  @ApiProperty({ nullable: true, type: String }) modelId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) modelVersion!: number | null;
  @ApiProperty() reviewed!: number;
  @ApiProperty() correct!: number;
  /** correct ÷ reviewed; null before the first review. Uncertain and low-margin predictions are reviewed first, so early figures lean low. */
  @ApiProperty({ nullable: true, type: Number }) accuracy!: number | null;
  /** Predictions still waiting for a review, counted up to 10,000. */
  @ApiProperty() pending!: number;
  /** More than `pending` are waiting. */
  @ApiProperty() pendingMore!: boolean;
}

/** Which predictions: every field is optional. */
export class PredictionFilterQueryDto {
  /** The image's current label. */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  label?: string;

  /** The predicted label. */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  predicted?: string;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  modelVersion?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  minConfidence?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  maxConfidence?: number;

  /** The camera that captured the image (its id). */
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  camera?: string;

  /** Predicted at or after (ISO 8601). */
  @ApiPropertyOptional() @IsOptional() @IsISO8601()
  from?: string;

  /** Predicted before (ISO 8601). */
  @ApiPropertyOptional() @IsOptional() @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false'])
  reviewed?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false'])
  uncertain?: 'true' | 'false';
}

export class ListPredictionsQueryDto extends PredictionFilterQueryDto {
  /** `nextCursor` of the previous page. */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}

export class ExportQueryDto extends PredictionFilterQueryDto {
  /** `csv`: one row per prediction; `zip`: the labeled images among them in image-folder layout (`<label>/<sha256>.<ext>`), which an import reads back. */
  @ApiPropertyOptional({ enum: ['csv', 'zip'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'zip'])
  format?: 'csv' | 'zip';
}

export class PredictionWithImageDto {
  @ApiProperty({ type: StoredPredictionDto }) prediction!: StoredPredictionDto;
  @ApiProperty({ type: ImageDto }) image!: ImageDto;
}

export class PredictionPageDto {
  @ApiProperty({ type: [PredictionWithImageDto] }) items!: PredictionWithImageDto[];
  /** Pass as `cursor` for the next page; null on the last one. */
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class HourCountDto {
  /** The hour's start (UTC). */
  @ApiProperty() hour!: string;
  @ApiProperty() images!: number;
  @ApiProperty() predictions!: number;
}

export class LabelCountDto {
  /** null for unlabeled images. */
  @ApiProperty({ nullable: true, type: String }) label!: string | null;
  @ApiProperty() images!: number;
}

export class DashboardProductionDto {
  @ApiProperty() modelId!: string;
  @ApiProperty() version!: number;
  /** Accuracy on its held-out test images. */
  @ApiProperty({ nullable: true, type: Number }) testAccuracy!: number | null;
  /** correct ÷ reviewed over its reviewed predictions; null before the first review. */
  @ApiProperty({ nullable: true, type: Number }) liveAccuracy!: number | null;
  @ApiProperty() reviewed!: number;
}

export class DashboardDto {
  @ApiProperty({ type: [HourCountDto] }) hours!: HourCountDto[];
  @ApiProperty({ type: [LabelCountDto] }) labels!: LabelCountDto[];
  @ApiProperty() images!: number;
  @ApiProperty() predictions!: number;
  @ApiProperty({ type: DashboardProductionDto, nullable: true }) production!: DashboardProductionDto | null;
  /** Predictions of the production model waiting for review, counted up to 10,000. */
  @ApiProperty() reviewPending!: number;
  /** More than `reviewPending` are waiting. */
  @ApiProperty() reviewPendingMore!: boolean;
  /** Training jobs of the project queued or running. */
  @ApiProperty() jobsRunning!: number;
  @ApiProperty() jobsQueued!: number;
}

export class DashboardQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 168, default: 24 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(168)
  hours?: number;
}
