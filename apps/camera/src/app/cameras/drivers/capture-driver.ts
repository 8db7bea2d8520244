import { DomainError, ErrorCode } from '@sightline/contracts';

/** What a driver needs to know about a camera: saved cameras and "Test" before saving look the same. */
export interface CameraTarget {
  /** Empty for a camera being tested before it is saved. */
  id: string;
  kind: string;
  url: string | null;
  path: string | null;
  /** Extra HTTP request headers (http-snapshot, mjpeg). */
  headers: Record<string, string>;
  /** Frames older than this are not new to a folder camera (its last capture before a restart). */
  since: Date | null;
}

export interface Frame {
  content: Buffer;
  filename: string;
}

/** One kind of camera. `grab` returns the new frames (one for most kinds, any number for a folder) or throws a camera error. */
export interface CaptureDriver {
  grab(camera: CameraTarget, signal: AbortSignal): Promise<Frame[]>;
}

/** Largest frame any driver accepts from a camera; history applies the configured upload limit after it. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export function cameraError(message: string): DomainError {
  return new DomainError(ErrorCode.Unavailable, message);
}

/** Basic-auth header from URL credentials, and the URL without them (so they are never sent in the request line or logged). */
export function splitCredentials(url: string, extra: Record<string, string> = {}): { url: URL; headers: Record<string, string> } {
  const parsed = new URL(url);
  const headers: Record<string, string> = { ...extra };
  if (parsed.username || parsed.password) {
    headers['Authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  return { url: parsed, headers };
}

/** Why a fetch failed, in words a camera owner understands; the URL is never part of it. */
export function fetchFailure(error: unknown, signal: AbortSignal, timeoutWhat: string): DomainError {
  if (signal.aborted) {
    return cameraError(timeoutWhat);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cameraError(`camera did not answer: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
}
