import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { SystemDto } from '@sightline/contracts';
import { DataSource } from 'typeorm';
import { VERSION } from '../version';

@ApiTags('system')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('system')
export class SystemController {
  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOkResponse({ type: SystemDto })
  getSystem(): SystemDto {
    const type = this.dataSource.options.type;
    return {
      version: VERSION,
      node: process.version,
      // No service loads TensorFlow.js yet; training (issue #4) will report its backend here.
      mlBackend: 'none',
      database: type === 'better-sqlite3' ? 'sqlite' : type,
      storage: this.config.storageUrl.startsWith('file:') ? 'local' : 's3',
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
