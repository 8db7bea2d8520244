import { Injectable } from '@nestjs/common';
import { CameraTarget, CaptureDriver, Frame, MAX_FRAME_BYTES, cameraError, fetchFailure, splitCredentials } from './capture-driver';

/** `http-snapshot`: one GET that returns a JPEG or PNG; basic auth from the URL's credentials. */
@Injectable()
export class HttpSnapshotDriverRepository implements CaptureDriver {
  async grab(camera: CameraTarget, signal: AbortSignal): Promise<Frame[]> {
    const { url, headers } = splitCredentials(camera.url ?? '', camera.headers);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal, redirect: 'follow' });
    } catch (error) {
      throw fetchFailure(error, signal, 'camera did not answer in time');
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw cameraError(`camera answered HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FRAME_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      throw cameraError(`camera sent ${declared} bytes, more than ${MAX_FRAME_BYTES}`);
    }
    let body: Buffer;
    try {
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw fetchFailure(error, signal, 'camera stopped sending before the image was complete');
    }
    if (body.length === 0) {
      throw cameraError('camera answered with an empty body');
    }
    return [{ content: body, filename: 'snapshot' }];
  }
}
