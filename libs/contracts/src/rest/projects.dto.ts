import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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
}

export class ProjectDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) labels!: string[];
  @ApiProperty() imageCount!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}
