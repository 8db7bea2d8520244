import { Injectable } from '@nestjs/common';
import { DomainError } from '@sightline/contracts';
import { CameraTarget, CaptureDriver, Frame, MAX_FRAME_BYTES, cameraError, fetchFailure, splitCredentials } from './capture-driver';

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * The first complete part of a multipart/x-mixed-replace body, or undefined while more bytes are needed.
 * A part ends where its Content-Length says, or at the next boundary line when it has none.
 */
export function firstPart(buffer: Buffer, boundary: string): Buffer | undefined {
  const marker = Buffer.from(`--${boundary}`);
  const start = buffer.indexOf(marker);
  if (start < 0) {
    return undefined;
  }
  const headersEnd = buffer.indexOf(HEADER_END, start + marker.length);
  if (headersEnd < 0) {
    return undefined;
  }
  const headers = buffer.subarray(start + marker.length, headersEnd).toString('latin1');
  const bodyStart = headersEnd + HEADER_END.length;
  const length = /content-length:\s*(\d+)/i.exec(headers);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return buffer.length >= end ? buffer.subarray(bodyStart, end) : undefined;
  }
  const next = buffer.indexOf(marker, bodyStart);
  if (next < 0) {
    return undefined;
  }
  let end = next;
  while (end > bodyStart && (buffer[end - 1] === 0x0a || buffer[end - 1] === 0x0d)) {
    end--;
  }
  return buffer.subarray(bodyStart, end);
}

/** `mjpeg`: opens the multipart/x-mixed-replace stream, reads one whole frame and disconnects. */
@Injectable()
export class MjpegDriverRepository implements CaptureDriver {
  async grab(camera: CameraTarget, signal: AbortSignal): Promise<Frame[]> {
    const { url, headers } = splitCredentials(camera.url ?? '', camera.headers);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal, redirect: 'follow' });
    } catch (error) {
      throw fetchFailure(error, signal, 'camera did not answer in time');
    }
    const body = response.body;
    if (!response.ok || !body) {
      await body?.cancel().catch(() => undefined);
      throw cameraError(`camera answered HTTP ${response.status}`);
    }
    const type = response.headers.get('content-type') ?? '';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]?.replace(/^--/, '');
    if (!/^multipart\//i.test(type) || !boundary) {
      await body.cancel().catch(() => undefined);
      throw cameraError(`camera did not send an MJPEG stream (content-type ${type || 'missing'})`);
    }
    const reader = body.getReader();
    let buffer = Buffer.alloc(0);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          throw cameraError('camera closed the stream before a whole frame arrived');
        }
        buffer = Buffer.concat([buffer, value]);
        const frame = firstPart(buffer, boundary);
        if (frame) {
          return [{ content: Buffer.from(frame), filename: 'mjpeg-frame' }];
        }
        if (buffer.length > MAX_FRAME_BYTES) {
          throw cameraError(`no whole frame in the first ${MAX_FRAME_BYTES} bytes of the stream`);
        }
      }
    } catch (error) {
      if (signal.aborted) {
        throw cameraError(`the stream stalled: no whole frame in time (${buffer.length} bytes received)`);
      }
      throw error instanceof DomainError ? error : cameraError(`the stream broke: ${(error as Error).message}`);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
}
