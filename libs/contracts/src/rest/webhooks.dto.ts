import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';

export class CreateWebhookDto {
  /** Where the signed JSON POSTs go (http or https). */
  @ApiProperty({ example: 'https://example.com/hooks/sightline' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an absolute http or https URL' }) @MaxLength(2000)
  url!: string;

  /** Any of `prediction.uncertain`, `prediction.label:<label>` (e.g. `prediction.label:defect`), `model.trained`, `model.promoted`, `camera.failing`. */
  @ApiProperty({ type: [String], example: ['prediction.uncertain', 'prediction.label:defect', 'model.promoted'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(120, { each: true })
  events!: string[];

  /** The HMAC-SHA256 key for `X-Sightline-Signature` (16–200 characters); generated when left out. */
  @ApiPropertyOptional()
  @IsOptional() @IsString() @MinLength(16) @MaxLength(200)
  secret?: string;
}

export class WebhookDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty() createdAt!: string;
  /** The signing key: only in the answer that created the webhook. */
  @ApiProperty({ nullable: true, type: String }) secret!: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty() webhookId!: string;
  @ApiProperty() event!: string;
  /** pending (will be retried), succeeded or failed (gave up after WEBHOOK_MAX_ATTEMPTS). */
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) state!: string;
  @ApiProperty() attempts!: number;
  /** HTTP status of the last attempt; null without an answer. */
  @ApiProperty({ nullable: true, type: Number }) lastStatus!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  /** The JSON body exactly as signed and sent. */
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) nextAttemptAt!: string | null;
}
