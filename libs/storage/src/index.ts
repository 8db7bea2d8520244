export * from './lib/blob-store';
export * from './lib/zip-reader';
export * from './lib/zip-writer';
