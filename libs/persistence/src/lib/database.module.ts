import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { dataSourceOptions, openDatabase, ServiceSchema } from './data-source.factory';

/** TypeORM for one service: its own entities, migrations run at start (never `synchronize`). */
@Module({})
export class DatabaseModule {
  static forService(schema: ServiceSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [CONFIG],
          useFactory: (config: SightlineConfig) => dataSourceOptions({ url: config.databaseUrl, schema, busyTimeoutMs: config.databaseBusyTimeoutMs }),
          dataSourceFactory: async (options) => {
            const config = options as unknown as { url?: string; database?: string; type: string; timeout?: number };
            const url = config.type === 'better-sqlite3' ? `sqlite:${config.database}` : String(config.url);
            return openDatabase({ url, schema, busyTimeoutMs: config.timeout });
          },
        }),
        TypeOrmModule.forFeature(schema.entities as never[]),
      ],
      exports: [TypeOrmModule],
    };
  }
}
