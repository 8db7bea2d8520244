/**
 * Domain error codes shared by every service. Services map them to gRPC status codes and send the
 * code itself in the `sightline-error-code` trailer; the gateway maps them to HTTP.
 */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  InvalidArgument = 'INVALID_ARGUMENT',
  AlreadyExists = 'ALREADY_EXISTS',
  Conflict = 'CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  Unauthenticated = 'UNAUTHENTICATED',
  PermissionDenied = 'PERMISSION_DENIED',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Unavailable = 'UNAVAILABLE',
  /** The disk (or the blob store's free-space floor) is full: nothing was stored. */
  InsufficientStorage = 'INSUFFICIENT_STORAGE',
}

export const ERROR_CODE_METADATA_KEY = 'sightline-error-code';

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (Object.values(ErrorCode) as string[]).includes(value);
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
