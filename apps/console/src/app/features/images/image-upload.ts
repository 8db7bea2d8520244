import type { Image, ImagesApi } from '../../core/data-access/images.api';
import { ApiError, errorMessage } from '../../api/api-error';

export interface UploadError {
  file: string;
  message: string;
}

export interface UploadProgress {
  total: number;
  processed: number;
  stored: number;
  duplicates: number;
  errors: UploadError[];
  done: boolean;
}

const BATCH_FILES = 10;
const BATCH_BYTES = 16 * 1024 * 1024;

/** The gateway usually names the file in its message already; don't say it twice. */
function fileError(file: File, err: unknown): UploadError {
  const message = errorMessage(err);
  const prefix = `${file.name}: `;
  return {
    file: file.name,
    message: message.startsWith(prefix)
      ? message.slice(prefix.length)
      : message,
  };
}

export function emptyProgress(total: number): UploadProgress {
  return {
    total,
    processed: 0,
    stored: 0,
    duplicates: 0,
    errors: [],
    done: false,
  };
}

/** Splits files into multipart requests small enough to show progress and stay under body limits. */
function batches(files: readonly File[]): File[][] {
  const result: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (
      current.length &&
      (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)
    ) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) {
    result.push(current);
  }
  return result;
}

/**
 * Uploads files batch by batch, reporting progress after each. A batch the gateway rejects is retried
 * file by file, so each bad file gets its own error message and the good ones are still stored.
 */
export async function uploadFiles(
  api: ImagesApi,
  projectId: string,
  files: readonly File[],
  label: string | undefined,
  report: (progress: UploadProgress) => void,
): Promise<UploadProgress> {
  let progress = emptyProgress(files.length);
  const count = (rows: Image[]) => {
    const duplicates = rows.filter((row) => row.duplicate).length;
    progress = {
      ...progress,
      stored: progress.stored + rows.length - duplicates,
      duplicates: progress.duplicates + duplicates,
    };
  };
  report(progress);
  for (const batch of batches(files)) {
    try {
      count(await api.upload(projectId, batch, label));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        // The session ended (the client already routes to /login): stop rather than retry.
        break;
      }
      if (batch.length === 1) {
        progress = {
          ...progress,
          errors: [...progress.errors, fileError(batch[0], err)],
        };
      } else {
        for (const file of batch) {
          try {
            count(await api.upload(projectId, [file], label));
          } catch (fileErr) {
            progress = {
              ...progress,
              errors: [...progress.errors, fileError(file, fileErr)],
            };
          }
        }
      }
    }
    progress = { ...progress, processed: progress.processed + batch.length };
    report(progress);
  }
  progress = { ...progress, done: true };
  report(progress);
  return progress;
}
