export * from './lib/data-source.factory';
export * from './lib/schemas';
export * from './lib/entities/columns';
export * from './lib/entities/history.entities';
export * from './lib/entities/camera.entities';
export * from './lib/entities/training.entities';
export * from './lib/entities/gateway.entities';
export { DialectMigration } from './lib/migrations/dialect-migration';
export * from './lib/testing/mysql-test-url';
