import { LocalBlobStore, type BlobStore, type BlobStoreOptions } from './blob-store';
import { parseS3Url, S3BlobStore, type S3Credentials } from './s3-blob-store';

/** The store STORAGE_URL names: `file:<path>` or `s3://bucket/prefix?endpoint=…&region=…` (with its credentials). */
export function createBlobStore(storageUrl: string, options: BlobStoreOptions & { s3Credentials?: S3Credentials } = {}): BlobStore {
  const { s3Credentials, ...local } = options;
  if (storageUrl.startsWith('file:')) {
    return new LocalBlobStore(storageUrl.slice('file:'.length), local);
  }
  if (storageUrl.startsWith('s3:')) {
    if (!s3Credentials) {
      throw new Error('STORAGE_URL is s3://… but S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set');
    }
    return new S3BlobStore(parseS3Url(storageUrl), s3Credentials);
  }
  throw new Error(`Unsupported STORAGE_URL: ${storageUrl}`);
}
