import { inject, Injectable } from '@angular/core';
import { API_CLIENT } from '../../api/api-client';
import { unwrap } from '../../api/api-error';
import type { RequestBody, ResponseBody } from '../../api/api-types';
import type { paths } from '../../api/schema';

export type Camera = ResponseBody<'/api/v1/cameras/{id}', 'get'>;
export type CreateCamera = RequestBody<'/api/v1/projects/{id}/cameras', 'post'>;
export type UpdateCamera = RequestBody<'/api/v1/cameras/{id}', 'patch'>;
export type TestCamera = RequestBody<'/api/v1/projects/{id}/cameras/test', 'post'>;
export type Capture = ResponseBody<'/api/v1/cameras/{id}/capture', 'post'>;
export type CameraKind = CreateCamera['kind'];

type FrameBody = NonNullable<
  paths['/api/v1/cameras/{id}/frames']['post']['requestBody']
>['content']['multipart/form-data'];

export const CAMERA_KINDS: readonly CameraKind[] = [
  'http-snapshot',
  'mjpeg',
  'rtsp',
  'video-file',
  'v4l2',
  'folder',
  'webcam',
];
export const URL_KINDS: readonly CameraKind[] = ['http-snapshot', 'mjpeg', 'rtsp'];
export const PATH_KINDS: readonly CameraKind[] = ['video-file', 'v4l2', 'folder'];

@Injectable({ providedIn: 'root' })
export class CamerasApi {
  private readonly client = inject(API_CLIENT);

  async list(projectId: string, signal?: AbortSignal): Promise<Camera[]> {
    return unwrap(
      await this.client.GET('/api/v1/projects/{id}/cameras', {
        params: { path: { id: projectId } },
        signal,
      }),
    );
  }

  async create(projectId: string, body: CreateCamera): Promise<Camera> {
    return unwrap(
      await this.client.POST('/api/v1/projects/{id}/cameras', {
        params: { path: { id: projectId } },
        body,
      }),
    );
  }

  async update(id: string, body: UpdateCamera): Promise<Camera> {
    return unwrap(
      await this.client.PATCH('/api/v1/cameras/{id}', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async remove(id: string): Promise<void> {
    unwrap(
      await this.client.DELETE('/api/v1/cameras/{id}', {
        params: { path: { id } },
      }),
    );
  }

  async capture(id: string): Promise<Capture> {
    return unwrap(
      await this.client.POST('/api/v1/cameras/{id}/capture', {
        params: { path: { id } },
      }),
    );
  }

  /** One frame from settings not saved yet (or a saved camera with changes), as an image blob. */
  async test(projectId: string, body: TestCamera): Promise<Blob> {
    const result = await this.client.POST('/api/v1/projects/{id}/cameras/test', {
      params: { path: { id: projectId } },
      body,
      parseAs: 'blob',
    });
    return unwrap(result) as unknown as Blob;
  }

  /** A webcam frame from the browser, stored with an optional label, predicted when asked. */
  async postFrame(
    id: string,
    frame: Blob,
    options: { label?: string; predict?: boolean },
  ): Promise<Capture> {
    const form = new FormData();
    form.append('file', frame, 'webcam.jpg');
    if (options.label) {
      form.append('label', options.label);
    }
    if (options.predict) {
      form.append('predict', 'true');
    }
    return unwrap(
      await this.client.POST('/api/v1/cameras/{id}/frames', {
        params: { path: { id } },
        body: {} as FrameBody,
        bodySerializer: () => form,
      }),
    );
  }
}
