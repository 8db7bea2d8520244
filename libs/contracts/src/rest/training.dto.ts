import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateTrainingJobDto {
  /**
   * `cnn` (default): a compact CNN trained from scratch; `transfer`: a new head trained on the
   * features of the pretrained backbone configured by BACKBONE_URL (its input size wins over imageSize).
   */
  @ApiPropertyOptional({ enum: ['cnn', 'transfer'] })
  @IsOptional() @IsIn(['cnn', 'transfer'])
  architecture?: 'cnn' | 'transfer';

  /**
   * Passes over the training images; by default enough for about 200,000 samples, between 3 and 40
   * (training stops early when the validation loss stops improving).
   */
  @ApiPropertyOptional({ minimum: 1, maximum: 500 })
  @IsOptional() @IsInt() @Min(1) @Max(500)
  epochs?: number;

  /** Images per step; by default 32 under 2,000 training images, else 64. */
  @ApiPropertyOptional({ minimum: 1, maximum: 1024 })
  @IsOptional() @IsInt() @Min(1) @Max(1024)
  batchSize?: number;

  /** Adam's learning rate; default 0.001 (0.01 for a transfer head). */
  @ApiPropertyOptional()
  @IsOptional() @IsNumber() @Min(0.000001) @Max(0.5)
  learningRate?: number;

  /** Side of the square input in pixels; by default the images' own size up to 32 px, else 64. */
  @ApiPropertyOptional({ minimum: 8, maximum: 256 })
  @IsOptional() @IsInt() @Min(8) @Max(256)
  imageSize?: number;

  /**
   * Random shifts (±10%), rotations (±10°), brightness and contrast (±10%) of training images; by
   * default on for data sets under 5,000 training images.
   */
  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  augment?: boolean;

  /** Also mirror images left-right when augmenting; by default for colour images only (never for digits). */
  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  flip?: boolean;

  /**
   * Decay of the exponential moving average of the weights that validation scores and the version keeps
   * (0: the last step's weights, as they are); by default 0.998 for a CNN and 0 for a transfer head.
   */
  @ApiPropertyOptional({ minimum: 0, maximum: 0.9999 })
  @IsOptional() @IsNumber() @Min(0) @Max(0.9999)
  averageDecay?: number;
}

export class CurvePointDto {
  @ApiProperty() epoch!: number;
  @ApiProperty() loss!: number;
  @ApiProperty() accuracy!: number;
  @ApiProperty({ nullable: true, type: Number }) valLoss!: number | null;
  @ApiProperty({ nullable: true, type: Number }) valAccuracy!: number | null;
}

export class TrainingJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] }) state!: string;
  @ApiProperty({ enum: ['manual', 'auto-retrain'] }) trigger!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  /** 0..1 */
  @ApiProperty() progress!: number;
  @ApiProperty() epoch!: number;
  @ApiProperty() epochs!: number;
  @ApiProperty() batch!: number;
  @ApiProperty() batches!: number;
  @ApiProperty({ nullable: true, type: Number }) loss!: number | null;
  @ApiProperty({ nullable: true, type: Number }) accuracy!: number | null;
  @ApiProperty({ nullable: true, type: Number }) valLoss!: number | null;
  @ApiProperty({ nullable: true, type: Number }) valAccuracy!: number | null;
  @ApiProperty({ nullable: true, type: Number }) etaSeconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) samplesPerSecond!: number | null;
  /** Per-epoch curves while the job runs; a finished job's curves are in its model's metrics. */
  @ApiProperty({ type: [CurvePointDto] }) curves!: CurvePointDto[];
  @ApiProperty({ nullable: true, type: String }) modelId!: string | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
}

export class AliasChangeDto {
  /** Why, for the record. */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(1000)
  reason?: string;
}

export class AliasEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() alias!: string;
  @ApiProperty({ enum: ['promote', 'rollback', 'auto-promote'] }) action!: string;
  @ApiProperty({ nullable: true, type: String }) fromModelId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) fromVersion!: number | null;
  @ApiProperty() toModelId!: string;
  @ApiProperty() toVersion!: number;
  @ApiProperty({ nullable: true, type: String }) actor!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() createdAt!: string;
}

export class TestResultDto {
  @ApiProperty() imageId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() predicted!: string;
  @ApiProperty() confidence!: number;
}

export class TestResultsQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) actual?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) predicted?: string;
}
