import { Injectable } from '@nestjs/common';
import type { HealthProbe } from '@sightline/grpc';
import { DataSource } from 'typeorm';

@Injectable()
export class DatabaseHealthProbe implements HealthProbe {
  constructor(private readonly dataSource: DataSource) {}

  async isReady(): Promise<boolean> {
    await this.dataSource.query('SELECT 1');
    return true;
  }
}
