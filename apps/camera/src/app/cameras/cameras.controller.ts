import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { CameraV1 } from '@sightline/contracts';
import { CamerasService } from './cameras.service';

@Controller()
export class CamerasController {
  constructor(private readonly cameras: CamerasService) {}

  @GrpcMethod('Camera', 'CreateCamera')
  createCamera(request: CameraV1.CreateCameraRequest__Output): Promise<CameraV1.CameraRecord__Output> {
    return this.cameras.create(request.projectId, request.kind, {
      name: request.name,
      url: request.url,
      path: request.path,
      schedule: request.schedule,
      enabled: request.enabled,
      predictOnCapture: request.predictOnCapture,
      headers: request.headers,
    });
  }

  @GrpcMethod('Camera', 'ListCameras')
  async listCameras(request: CameraV1.ListCamerasRequest__Output): Promise<CameraV1.ListCamerasResponse> {
    return { cameras: await this.cameras.list(request.projectId) };
  }

  @GrpcMethod('Camera', 'GetCamera')
  getCamera(request: CameraV1.CameraIdRequest__Output): Promise<CameraV1.CameraRecord__Output> {
    return this.cameras.get(request.id);
  }

  @GrpcMethod('Camera', 'UpdateCamera')
  updateCamera(request: CameraV1.UpdateCameraRequest__Output): Promise<CameraV1.CameraRecord__Output> {
    return this.cameras.update(request.id, {
      name: request.name,
      url: request.url,
      path: request.path,
      schedule: request.hasSchedule ? request.schedule : undefined,
      enabled: request.enabled,
      predictOnCapture: request.predictOnCapture,
      headers: request.hasHeaders ? request.headers : undefined,
    });
  }

  @GrpcMethod('Camera', 'DeleteCamera')
  async deleteCamera(request: CameraV1.CameraIdRequest__Output): Promise<CameraV1.Empty> {
    await this.cameras.delete(request.id);
    return {};
  }

  @GrpcMethod('Camera', 'DeleteProjectCameras')
  async deleteProjectCameras(request: CameraV1.ListCamerasRequest__Output): Promise<CameraV1.Empty> {
    await this.cameras.deleteAllOf(request.projectId);
    return {};
  }

  @GrpcMethod('Camera', 'Capture')
  capture(request: CameraV1.CameraIdRequest__Output): Promise<CameraV1.CaptureResponse> {
    return this.cameras.capture(request.id);
  }

  @GrpcMethod('Camera', 'TestCamera')
  testCamera(request: CameraV1.TestCameraRequest__Output): Promise<CameraV1.TestCameraResponse> {
    return this.cameras.test(request);
  }

  @GrpcMethod('Camera', 'PostFrame')
  postFrame(request: CameraV1.PostFrameRequest__Output): Promise<CameraV1.CaptureResponse> {
    return this.cameras.postFrame(request);
  }
}
