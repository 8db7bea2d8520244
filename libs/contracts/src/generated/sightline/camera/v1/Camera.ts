// Original file: proto/camera.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CameraIdRequest as _sightline_camera_v1_CameraIdRequest, CameraIdRequest__Output as _sightline_camera_v1_CameraIdRequest__Output } from '../../../sightline/camera/v1/CameraIdRequest';
import type { CameraRecord as _sightline_camera_v1_CameraRecord, CameraRecord__Output as _sightline_camera_v1_CameraRecord__Output } from '../../../sightline/camera/v1/CameraRecord';
import type { CaptureResponse as _sightline_camera_v1_CaptureResponse, CaptureResponse__Output as _sightline_camera_v1_CaptureResponse__Output } from '../../../sightline/camera/v1/CaptureResponse';
import type { CreateCameraRequest as _sightline_camera_v1_CreateCameraRequest, CreateCameraRequest__Output as _sightline_camera_v1_CreateCameraRequest__Output } from '../../../sightline/camera/v1/CreateCameraRequest';
import type { Empty as _sightline_camera_v1_Empty, Empty__Output as _sightline_camera_v1_Empty__Output } from '../../../sightline/camera/v1/Empty';
import type { ListCamerasRequest as _sightline_camera_v1_ListCamerasRequest, ListCamerasRequest__Output as _sightline_camera_v1_ListCamerasRequest__Output } from '../../../sightline/camera/v1/ListCamerasRequest';
import type { ListCamerasResponse as _sightline_camera_v1_ListCamerasResponse, ListCamerasResponse__Output as _sightline_camera_v1_ListCamerasResponse__Output } from '../../../sightline/camera/v1/ListCamerasResponse';
import type { PostFrameRequest as _sightline_camera_v1_PostFrameRequest, PostFrameRequest__Output as _sightline_camera_v1_PostFrameRequest__Output } from '../../../sightline/camera/v1/PostFrameRequest';
import type { TestCameraRequest as _sightline_camera_v1_TestCameraRequest, TestCameraRequest__Output as _sightline_camera_v1_TestCameraRequest__Output } from '../../../sightline/camera/v1/TestCameraRequest';
import type { TestCameraResponse as _sightline_camera_v1_TestCameraResponse, TestCameraResponse__Output as _sightline_camera_v1_TestCameraResponse__Output } from '../../../sightline/camera/v1/TestCameraResponse';
import type { UpdateCameraRequest as _sightline_camera_v1_UpdateCameraRequest, UpdateCameraRequest__Output as _sightline_camera_v1_UpdateCameraRequest__Output } from '../../../sightline/camera/v1/UpdateCameraRequest';

export interface CameraClient extends grpc.Client {
  Capture(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  Capture(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  Capture(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  Capture(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  capture(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  capture(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  capture(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  capture(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  
  CreateCamera(argument: _sightline_camera_v1_CreateCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  CreateCamera(argument: _sightline_camera_v1_CreateCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  CreateCamera(argument: _sightline_camera_v1_CreateCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  CreateCamera(argument: _sightline_camera_v1_CreateCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  createCamera(argument: _sightline_camera_v1_CreateCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  createCamera(argument: _sightline_camera_v1_CreateCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  createCamera(argument: _sightline_camera_v1_CreateCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  createCamera(argument: _sightline_camera_v1_CreateCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  
  DeleteCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteCamera(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteCamera(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteCamera(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteCamera(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes every camera of a project (the project is being deleted).
   */
  DeleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Removes every camera of a project (the project is being deleted).
   */
  deleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProjectCameras(argument: _sightline_camera_v1_ListCamerasRequest, callback: grpc.requestCallback<_sightline_camera_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  GetCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  GetCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  GetCamera(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  GetCamera(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  getCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  getCamera(argument: _sightline_camera_v1_CameraIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  getCamera(argument: _sightline_camera_v1_CameraIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  getCamera(argument: _sightline_camera_v1_CameraIdRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  
  ListCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _sightline_camera_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _sightline_camera_v1_ListCamerasRequest, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _sightline_camera_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _sightline_camera_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _sightline_camera_v1_ListCamerasRequest, callback: grpc.requestCallback<_sightline_camera_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  
  PostFrame(argument: _sightline_camera_v1_PostFrameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  PostFrame(argument: _sightline_camera_v1_PostFrameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  PostFrame(argument: _sightline_camera_v1_PostFrameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  PostFrame(argument: _sightline_camera_v1_PostFrameRequest, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  postFrame(argument: _sightline_camera_v1_PostFrameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  postFrame(argument: _sightline_camera_v1_PostFrameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  postFrame(argument: _sightline_camera_v1_PostFrameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  postFrame(argument: _sightline_camera_v1_PostFrameRequest, callback: grpc.requestCallback<_sightline_camera_v1_CaptureResponse__Output>): grpc.ClientUnaryCall;
  
  TestCamera(argument: _sightline_camera_v1_TestCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  TestCamera(argument: _sightline_camera_v1_TestCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  TestCamera(argument: _sightline_camera_v1_TestCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  TestCamera(argument: _sightline_camera_v1_TestCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  testCamera(argument: _sightline_camera_v1_TestCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  testCamera(argument: _sightline_camera_v1_TestCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  testCamera(argument: _sightline_camera_v1_TestCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  testCamera(argument: _sightline_camera_v1_TestCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_TestCameraResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  UpdateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  UpdateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  UpdateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  updateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  updateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  updateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  updateCamera(argument: _sightline_camera_v1_UpdateCameraRequest, callback: grpc.requestCallback<_sightline_camera_v1_CameraRecord__Output>): grpc.ClientUnaryCall;
  
}

export interface CameraHandlers extends grpc.UntypedServiceImplementation {
  Capture: grpc.handleUnaryCall<_sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_CaptureResponse>;
  
  CreateCamera: grpc.handleUnaryCall<_sightline_camera_v1_CreateCameraRequest__Output, _sightline_camera_v1_CameraRecord>;
  
  DeleteCamera: grpc.handleUnaryCall<_sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_Empty>;
  
  /**
   * Removes every camera of a project (the project is being deleted).
   */
  DeleteProjectCameras: grpc.handleUnaryCall<_sightline_camera_v1_ListCamerasRequest__Output, _sightline_camera_v1_Empty>;
  
  GetCamera: grpc.handleUnaryCall<_sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_CameraRecord>;
  
  ListCameras: grpc.handleUnaryCall<_sightline_camera_v1_ListCamerasRequest__Output, _sightline_camera_v1_ListCamerasResponse>;
  
  PostFrame: grpc.handleUnaryCall<_sightline_camera_v1_PostFrameRequest__Output, _sightline_camera_v1_CaptureResponse>;
  
  TestCamera: grpc.handleUnaryCall<_sightline_camera_v1_TestCameraRequest__Output, _sightline_camera_v1_TestCameraResponse>;
  
  UpdateCamera: grpc.handleUnaryCall<_sightline_camera_v1_UpdateCameraRequest__Output, _sightline_camera_v1_CameraRecord>;
  
}

export interface CameraDefinition extends grpc.ServiceDefinition {
  Capture: MethodDefinition<_sightline_camera_v1_CameraIdRequest, _sightline_camera_v1_CaptureResponse, _sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_CaptureResponse__Output>
  CreateCamera: MethodDefinition<_sightline_camera_v1_CreateCameraRequest, _sightline_camera_v1_CameraRecord, _sightline_camera_v1_CreateCameraRequest__Output, _sightline_camera_v1_CameraRecord__Output>
  DeleteCamera: MethodDefinition<_sightline_camera_v1_CameraIdRequest, _sightline_camera_v1_Empty, _sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_Empty__Output>
  DeleteProjectCameras: MethodDefinition<_sightline_camera_v1_ListCamerasRequest, _sightline_camera_v1_Empty, _sightline_camera_v1_ListCamerasRequest__Output, _sightline_camera_v1_Empty__Output>
  GetCamera: MethodDefinition<_sightline_camera_v1_CameraIdRequest, _sightline_camera_v1_CameraRecord, _sightline_camera_v1_CameraIdRequest__Output, _sightline_camera_v1_CameraRecord__Output>
  ListCameras: MethodDefinition<_sightline_camera_v1_ListCamerasRequest, _sightline_camera_v1_ListCamerasResponse, _sightline_camera_v1_ListCamerasRequest__Output, _sightline_camera_v1_ListCamerasResponse__Output>
  PostFrame: MethodDefinition<_sightline_camera_v1_PostFrameRequest, _sightline_camera_v1_CaptureResponse, _sightline_camera_v1_PostFrameRequest__Output, _sightline_camera_v1_CaptureResponse__Output>
  TestCamera: MethodDefinition<_sightline_camera_v1_TestCameraRequest, _sightline_camera_v1_TestCameraResponse, _sightline_camera_v1_TestCameraRequest__Output, _sightline_camera_v1_TestCameraResponse__Output>
  UpdateCamera: MethodDefinition<_sightline_camera_v1_UpdateCameraRequest, _sightline_camera_v1_CameraRecord, _sightline_camera_v1_UpdateCameraRequest__Output, _sightline_camera_v1_CameraRecord__Output>
}
