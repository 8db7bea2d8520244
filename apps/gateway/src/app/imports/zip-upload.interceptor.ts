import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import type { Request, Response } from 'express';
import multer from 'multer';
import { createReadStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finalize, Observable } from 'rxjs';

/** Spools an uploaded zip (field `file`) to a temp file rather than memory; the file is removed after the request. */
@Injectable()
export class ZipUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    const dest = join(config.dataDir, 'tmp', 'uploads');
    mkdirSync(dest, { recursive: true });
    this.upload = multer({ dest, limits: { fileSize: config.maxImportBytes, files: 1, fields: 5 } }).single('file');
    this.limit = config.maxImportBytes;
  }

  private readonly limit: number;

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    await new Promise<void>((resolve, reject) =>
      this.upload(request, response, (error: unknown) => {
        if (!error) {
          resolve();
        } else if (error instanceof multer.MulterError) {
          reject(
            error.code === 'LIMIT_FILE_SIZE'
              ? new DomainError(ErrorCode.PayloadTooLarge, `the zip is larger than the ${this.limit}-byte limit (MAX_IMPORT_BYTES)`)
              : new DomainError(ErrorCode.InvalidArgument, `${error.message}${error.field ? ` - ${error.field}` : ''}: send the zip in the multipart field "file"`),
          );
        } else if (isFileSystemError(error)) {
          // The spool folder failed (full disk, permissions): ours to report, not the client's.
          reject(error);
        } else {
          // Everything else comes from parsing the multipart body (busboy): a malformed request.
          reject(new DomainError(ErrorCode.InvalidArgument, `the multipart body is malformed (${(error as Error).message}): send the zip in the multipart field "file"`));
        }
      }),
    );
    const path = (request as Request & { file?: { path: string } }).file?.path;
    return next.handle().pipe(finalize(() => void (path ? rm(path, { force: true }) : undefined)));
  }
}

function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * The spooled upload as gRPC client-stream messages of 1 MiB: the first carries `header` (project,
 * file name, who), the others only data. An empty file is still one message, so the service hears of it.
 */
export async function* uploadChunks<T extends object>(path: string, header: T): AsyncGenerator<T | { data: Buffer }> {
  let first = true;
  for await (const data of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    yield first ? { ...header, data: data as Buffer } : { data: data as Buffer };
    first = false;
  }
  if (first) {
    yield { ...header, data: Buffer.alloc(0) };
  }
}
