import { Provider } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { BlobStore, createBlobStore } from '@sightline/storage';

export const BLOB_STORE = Symbol('BLOB_STORE');

export const BlobStoreProvider: Provider<BlobStore> = {
  provide: BLOB_STORE,
  inject: [CONFIG],
  useFactory: (config: SightlineConfig) => createBlobStore(config.storageUrl, { minFreeBytes: config.storageMinFreeBytes, s3Credentials: config.s3Credentials }),
};
