export * from './lib/atomic-file';
export * from './lib/blob-store';
export * from './lib/blob-store-factory';
export * from './lib/s3-blob-store';
export * from './lib/zip-reader';
export * from './lib/zip-writer';
