import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class IdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'name must be 1 to 200 characters long' }) message!: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({
    type: 'object',
    properties: {
      camera: { type: 'string', enum: ['up', 'down'] },
      inference: { type: 'string', enum: ['up', 'down'] },
      training: { type: 'string', enum: ['up', 'down'] },
      history: { type: 'string', enum: ['up', 'down'] },
    },
  })
  services!: Record<'camera' | 'inference' | 'training' | 'history', 'up' | 'down'>;
  /** Whether the database can be written now, as the gateway sees it (a locked SQLite file or an unreachable MySQL server is `down`). */
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
}

export class SystemDto {
  @ApiProperty() version!: string;
  @ApiProperty() node!: string;
  /** The TensorFlow.js backend training uses: tensorflow (tfjs-node), wasm or cpu. */
  @ApiProperty() mlBackend!: string;
  @ApiProperty({ enum: ['sqlite', 'mysql', 'mariadb'] }) database!: string;
  @ApiProperty({ enum: ['local'] }) storage!: string;
  @ApiProperty() uptimeSeconds!: number;
}
