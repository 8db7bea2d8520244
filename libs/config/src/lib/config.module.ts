import { DynamicModule, Global, Module } from '@nestjs/common';
import type { SightlineConfig } from './config';

export const CONFIG = Symbol('SIGHTLINE_CONFIG');

/** Makes the configuration validated at boot injectable as `@Inject(CONFIG)`. */
@Global()
@Module({})
export class SightlineConfigModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return { module: SightlineConfigModule, providers: [{ provide: CONFIG, useValue: config }], exports: [CONFIG] };
  }
}
