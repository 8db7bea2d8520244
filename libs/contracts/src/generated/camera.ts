import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CameraClient as _sightline_camera_v1_CameraClient, CameraDefinition as _sightline_camera_v1_CameraDefinition } from './sightline/camera/v1/Camera';
import type { CameraIdRequest as _sightline_camera_v1_CameraIdRequest, CameraIdRequest__Output as _sightline_camera_v1_CameraIdRequest__Output } from './sightline/camera/v1/CameraIdRequest';
import type { CameraRecord as _sightline_camera_v1_CameraRecord, CameraRecord__Output as _sightline_camera_v1_CameraRecord__Output } from './sightline/camera/v1/CameraRecord';
import type { CaptureResponse as _sightline_camera_v1_CaptureResponse, CaptureResponse__Output as _sightline_camera_v1_CaptureResponse__Output } from './sightline/camera/v1/CaptureResponse';
import type { CreateCameraRequest as _sightline_camera_v1_CreateCameraRequest, CreateCameraRequest__Output as _sightline_camera_v1_CreateCameraRequest__Output } from './sightline/camera/v1/CreateCameraRequest';
import type { Empty as _sightline_camera_v1_Empty, Empty__Output as _sightline_camera_v1_Empty__Output } from './sightline/camera/v1/Empty';
import type { ListCamerasRequest as _sightline_camera_v1_ListCamerasRequest, ListCamerasRequest__Output as _sightline_camera_v1_ListCamerasRequest__Output } from './sightline/camera/v1/ListCamerasRequest';
import type { ListCamerasResponse as _sightline_camera_v1_ListCamerasResponse, ListCamerasResponse__Output as _sightline_camera_v1_ListCamerasResponse__Output } from './sightline/camera/v1/ListCamerasResponse';
import type { PostFrameRequest as _sightline_camera_v1_PostFrameRequest, PostFrameRequest__Output as _sightline_camera_v1_PostFrameRequest__Output } from './sightline/camera/v1/PostFrameRequest';
import type { Schedule as _sightline_camera_v1_Schedule, Schedule__Output as _sightline_camera_v1_Schedule__Output } from './sightline/camera/v1/Schedule';
import type { TestCameraRequest as _sightline_camera_v1_TestCameraRequest, TestCameraRequest__Output as _sightline_camera_v1_TestCameraRequest__Output } from './sightline/camera/v1/TestCameraRequest';
import type { TestCameraResponse as _sightline_camera_v1_TestCameraResponse, TestCameraResponse__Output as _sightline_camera_v1_TestCameraResponse__Output } from './sightline/camera/v1/TestCameraResponse';
import type { UpdateCameraRequest as _sightline_camera_v1_UpdateCameraRequest, UpdateCameraRequest__Output as _sightline_camera_v1_UpdateCameraRequest__Output } from './sightline/camera/v1/UpdateCameraRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sightline: {
    camera: {
      v1: {
        Camera: SubtypeConstructor<typeof grpc.Client, _sightline_camera_v1_CameraClient> & { service: _sightline_camera_v1_CameraDefinition }
        CameraIdRequest: MessageTypeDefinition<_sightline_camera_v1_CameraIdRequest, _sightline_camera_v1_CameraIdRequest__Output>
        CameraRecord: MessageTypeDefinition<_sightline_camera_v1_CameraRecord, _sightline_camera_v1_CameraRecord__Output>
        CaptureResponse: MessageTypeDefinition<_sightline_camera_v1_CaptureResponse, _sightline_camera_v1_CaptureResponse__Output>
        CreateCameraRequest: MessageTypeDefinition<_sightline_camera_v1_CreateCameraRequest, _sightline_camera_v1_CreateCameraRequest__Output>
        Empty: MessageTypeDefinition<_sightline_camera_v1_Empty, _sightline_camera_v1_Empty__Output>
        ListCamerasRequest: MessageTypeDefinition<_sightline_camera_v1_ListCamerasRequest, _sightline_camera_v1_ListCamerasRequest__Output>
        ListCamerasResponse: MessageTypeDefinition<_sightline_camera_v1_ListCamerasResponse, _sightline_camera_v1_ListCamerasResponse__Output>
        PostFrameRequest: MessageTypeDefinition<_sightline_camera_v1_PostFrameRequest, _sightline_camera_v1_PostFrameRequest__Output>
        Schedule: MessageTypeDefinition<_sightline_camera_v1_Schedule, _sightline_camera_v1_Schedule__Output>
        TestCameraRequest: MessageTypeDefinition<_sightline_camera_v1_TestCameraRequest, _sightline_camera_v1_TestCameraRequest__Output>
        TestCameraResponse: MessageTypeDefinition<_sightline_camera_v1_TestCameraResponse, _sightline_camera_v1_TestCameraResponse__Output>
        UpdateCameraRequest: MessageTypeDefinition<_sightline_camera_v1_UpdateCameraRequest, _sightline_camera_v1_UpdateCameraRequest__Output>
      }
    }
  }
}

