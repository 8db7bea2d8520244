import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ModelVersionDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() architecture!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) hyperParameters!: Record<string, unknown>;
  /** accuracy, perClass, confusionMatrix, curves. */
  @ApiProperty({ type: 'object', additionalProperties: true }) metrics!: Record<string, unknown>;
  @ApiProperty({ type: [String] }) labels!: string[];
  /** production, candidate. */
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty() createdAt!: string;
}

export class PredictionDto {
  @ApiProperty() imageId!: string;
  @ApiProperty() predictionId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores!: Record<string, number>;
  @ApiProperty() modelVersion!: string;
  @ApiProperty() latencyMs!: number;
  /** The confidence was below the project's threshold: `label` is "uncertain" and the image is queued for review. */
  @ApiProperty() uncertain!: boolean;
}

/**
 * The image to classify, given one way: a multipart upload in `file`, or a JSON body with `image` (the
 * file's bytes in base64) or `imageId` (an image already in this project's history).
 */
export class PredictUploadDto {
  /** multipart/form-data: the image file. */
  @ApiPropertyOptional({ type: 'string', format: 'binary' })
  file?: unknown;

  /** application/json: the image file's bytes in base64 (at most MAX_UPLOAD_BYTES once decoded). */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @IsNotEmpty() @IsBase64()
  image?: string;

  /** application/json: the id of an image of this project that history already holds. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  imageId?: string;

  /** With `image`: the file name history keeps. */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(255)
  filename?: string;
}

export class ModelImportUploadDto {
  /**
   * A model zip as `GET /models/{id}/export` writes it: model.json, weights.bin and sightline-model.json,
   * at the top or in one folder. Every label of the model must be a label of the project.
   */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}

/** One run of an inference replica's scheduled "predict everything unpredicted" job for a project. */
export class PredictionJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() modelId!: string;
  @ApiProperty() modelVersion!: number;
  /** scheduled. */
  @ApiProperty() kind!: string;
  /** running, succeeded or failed. */
  @ApiProperty() state!: string;
  /** The inference replica that ran it (host:pid:id). */
  @ApiProperty() replica!: string;
  /** Images it leased. */
  @ApiProperty() claimed!: number;
  @ApiProperty() predicted!: number;
  /** Images that could not be predicted (their lease expires and a later run tries again). */
  @ApiProperty() failed!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
}
