import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { SystemDto } from '@sightline/contracts';
import type { TrainingV1 } from '@sightline/contracts';
import { DataSource } from 'typeorm';
import { ServiceClients } from '../clients/service-clients';
import { VERSION } from '../version';

@ApiTags('system')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('system')
export class SystemController {
  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly dataSource: DataSource,
    private readonly clients: ServiceClients,
  ) {}

  @Get()
  @ApiOkResponse({ type: SystemDto })
  async getSystem(): Promise<SystemDto> {
    const type = this.dataSource.options.type;
    const training = await this.clients.training.call<TrainingV1.InfoResponse__Output>('GetInfo', {}, { retry: true }).catch(() => undefined);
    return {
      version: VERSION,
      node: process.version,
      mlBackend: training?.mlBackend ?? 'unknown (training service unavailable)',
      database: type === 'better-sqlite3' ? 'sqlite' : type,
      storage: this.config.storageUrl.startsWith('file:') ? 'local' : 's3',
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
