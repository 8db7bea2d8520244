import { ApiProperty } from '@nestjs/swagger';

export class ImportErrorDto {
  /** The entry's path inside the zip. */
  @ApiProperty() file!: string;
  @ApiProperty() reason!: string;
}

export class ImportJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) state!: string;
  @ApiProperty() filename!: string;
  /** Files seen so far (directories and OS junk such as __MACOSX excluded). */
  @ApiProperty() total!: number;
  @ApiProperty() imported!: number;
  /** Files whose bytes were already in the project. */
  @ApiProperty() duplicates!: number;
  /** Files that could not be imported; the first 1,000 are in errors. */
  @ApiProperty() skipped!: number;
  @ApiProperty({ type: [ImportErrorDto] }) errors!: ImportErrorDto[];
  /** Folder names that were not yet project labels and were added. */
  @ApiProperty({ type: [String] }) labelsAdded!: string[];
  /** Why the whole import failed. */
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
}

export class ImportUploadDto {
  /** A .zip in image-folder layout: train/<label>/*, test/<label>/*, or <label>/*. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}
