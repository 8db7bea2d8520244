import { Injectable } from '@nestjs/common';
import type { ServiceName } from '@sightline/config';
import type { HealthV1 } from '@sightline/contracts';
import { HealthDto } from '@sightline/contracts';
import { DatabaseHealthProbe } from '@sightline/persistence';
import { SERVICE_NAMES, ServiceClients } from '../clients/service-clients';

@Injectable()
export class HealthService {
  constructor(
    private readonly clients: ServiceClients,
    private readonly database: DatabaseHealthProbe,
  ) {}

  /** Asks every service's grpc.health.v1 Check in parallel, each with a short deadline, and tries the database. */
  async check(): Promise<HealthDto> {
    const databaseUp = this.database.isReady().catch(() => false);
    const results = await Promise.all(
      SERVICE_NAMES.map(async (name): Promise<[ServiceName, 'up' | 'down']> => {
        try {
          const reply = await this.clients.health[name].call<HealthV1.HealthCheckResponse__Output>('Check', { service: '' });
          return [name, reply.status === 'SERVING' ? 'up' : 'down'];
        } catch {
          return [name, 'down'];
        }
      }),
    );
    const services = Object.fromEntries(results) as HealthDto['services'];
    const database = (await databaseUp) ? 'up' : 'down';
    return { status: database === 'up' && results.every(([, state]) => state === 'up') ? 'ok' : 'degraded', services, database };
  }
}
