export * from './lib/blob-store';
