export * from './lib/storage';
