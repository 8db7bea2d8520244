import { Metadata, status } from '@grpc/grpc-js';
import { DomainError, ERROR_CODE_METADATA_KEY, ErrorCode } from '@sightline/contracts';

export function grpcStatusFor(code: ErrorCode): status {
  switch (code) {
    case ErrorCode.NotFound:
      return status.NOT_FOUND;
    case ErrorCode.InvalidArgument:
    case ErrorCode.UnsupportedMediaType:
      return status.INVALID_ARGUMENT;
    case ErrorCode.PayloadTooLarge:
      return status.OUT_OF_RANGE;
    case ErrorCode.AlreadyExists:
      return status.ALREADY_EXISTS;
    case ErrorCode.Conflict:
      return status.FAILED_PRECONDITION;
    case ErrorCode.Unauthenticated:
      return status.UNAUTHENTICATED;
    case ErrorCode.PermissionDenied:
      return status.PERMISSION_DENIED;
    case ErrorCode.TooManyRequests:
      return status.RESOURCE_EXHAUSTED;
    case ErrorCode.Unavailable:
      return status.UNAVAILABLE;
    case ErrorCode.InsufficientStorage:
      return status.RESOURCE_EXHAUSTED;
  }
}

export interface GrpcErrorPayload {
  code: status;
  message: string;
  metadata: Metadata;
}

/** The object grpc-js sends as the call's status: code, details and the domain code as a trailer. */
export function toGrpcError(error: DomainError): GrpcErrorPayload {
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_METADATA_KEY, error.code);
  return { code: grpcStatusFor(error.code), message: error.message, metadata };
}
