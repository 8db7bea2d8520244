export * from './lib/config';
export { EnvSchema } from './lib/config.schema';
export * from './lib/config.module';
