// Original file: proto/history.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClaimUnpredictedRequest as _sightline_history_v1_ClaimUnpredictedRequest, ClaimUnpredictedRequest__Output as _sightline_history_v1_ClaimUnpredictedRequest__Output } from '../../../sightline/history/v1/ClaimUnpredictedRequest';
import type { ClaimUnpredictedResponse as _sightline_history_v1_ClaimUnpredictedResponse, ClaimUnpredictedResponse__Output as _sightline_history_v1_ClaimUnpredictedResponse__Output } from '../../../sightline/history/v1/ClaimUnpredictedResponse';
import type { CountLabelsRequest as _sightline_history_v1_CountLabelsRequest, CountLabelsRequest__Output as _sightline_history_v1_CountLabelsRequest__Output } from '../../../sightline/history/v1/CountLabelsRequest';
import type { CountLabelsResponse as _sightline_history_v1_CountLabelsResponse, CountLabelsResponse__Output as _sightline_history_v1_CountLabelsResponse__Output } from '../../../sightline/history/v1/CountLabelsResponse';
import type { CreateProjectRequest as _sightline_history_v1_CreateProjectRequest, CreateProjectRequest__Output as _sightline_history_v1_CreateProjectRequest__Output } from '../../../sightline/history/v1/CreateProjectRequest';
import type { CreateWebhookRequest as _sightline_history_v1_CreateWebhookRequest, CreateWebhookRequest__Output as _sightline_history_v1_CreateWebhookRequest__Output } from '../../../sightline/history/v1/CreateWebhookRequest';
import type { EmitEventRequest as _sightline_history_v1_EmitEventRequest, EmitEventRequest__Output as _sightline_history_v1_EmitEventRequest__Output } from '../../../sightline/history/v1/EmitEventRequest';
import type { Empty as _sightline_history_v1_Empty, Empty__Output as _sightline_history_v1_Empty__Output } from '../../../sightline/history/v1/Empty';
import type { ExportChunk as _sightline_history_v1_ExportChunk, ExportChunk__Output as _sightline_history_v1_ExportChunk__Output } from '../../../sightline/history/v1/ExportChunk';
import type { ExportRequest as _sightline_history_v1_ExportRequest, ExportRequest__Output as _sightline_history_v1_ExportRequest__Output } from '../../../sightline/history/v1/ExportRequest';
import type { FeedbackRequest as _sightline_history_v1_FeedbackRequest, FeedbackRequest__Output as _sightline_history_v1_FeedbackRequest__Output } from '../../../sightline/history/v1/FeedbackRequest';
import type { FeedbackResponse as _sightline_history_v1_FeedbackResponse, FeedbackResponse__Output as _sightline_history_v1_FeedbackResponse__Output } from '../../../sightline/history/v1/FeedbackResponse';
import type { Image as _sightline_history_v1_Image, Image__Output as _sightline_history_v1_Image__Output } from '../../../sightline/history/v1/Image';
import type { ImageContent as _sightline_history_v1_ImageContent, ImageContent__Output as _sightline_history_v1_ImageContent__Output } from '../../../sightline/history/v1/ImageContent';
import type { ImageContentRequest as _sightline_history_v1_ImageContentRequest, ImageContentRequest__Output as _sightline_history_v1_ImageContentRequest__Output } from '../../../sightline/history/v1/ImageContentRequest';
import type { ImageIdRequest as _sightline_history_v1_ImageIdRequest, ImageIdRequest__Output as _sightline_history_v1_ImageIdRequest__Output } from '../../../sightline/history/v1/ImageIdRequest';
import type { ImagePredictionsResponse as _sightline_history_v1_ImagePredictionsResponse, ImagePredictionsResponse__Output as _sightline_history_v1_ImagePredictionsResponse__Output } from '../../../sightline/history/v1/ImagePredictionsResponse';
import type { ImportChunk as _sightline_history_v1_ImportChunk, ImportChunk__Output as _sightline_history_v1_ImportChunk__Output } from '../../../sightline/history/v1/ImportChunk';
import type { ImportIdRequest as _sightline_history_v1_ImportIdRequest, ImportIdRequest__Output as _sightline_history_v1_ImportIdRequest__Output } from '../../../sightline/history/v1/ImportIdRequest';
import type { ImportJob as _sightline_history_v1_ImportJob, ImportJob__Output as _sightline_history_v1_ImportJob__Output } from '../../../sightline/history/v1/ImportJob';
import type { LabelHistoryResponse as _sightline_history_v1_LabelHistoryResponse, LabelHistoryResponse__Output as _sightline_history_v1_LabelHistoryResponse__Output } from '../../../sightline/history/v1/LabelHistoryResponse';
import type { LabeledImagesRequest as _sightline_history_v1_LabeledImagesRequest, LabeledImagesRequest__Output as _sightline_history_v1_LabeledImagesRequest__Output } from '../../../sightline/history/v1/LabeledImagesRequest';
import type { LabeledImagesResponse as _sightline_history_v1_LabeledImagesResponse, LabeledImagesResponse__Output as _sightline_history_v1_LabeledImagesResponse__Output } from '../../../sightline/history/v1/LabeledImagesResponse';
import type { ListDeliveriesResponse as _sightline_history_v1_ListDeliveriesResponse, ListDeliveriesResponse__Output as _sightline_history_v1_ListDeliveriesResponse__Output } from '../../../sightline/history/v1/ListDeliveriesResponse';
import type { ListImagesRequest as _sightline_history_v1_ListImagesRequest, ListImagesRequest__Output as _sightline_history_v1_ListImagesRequest__Output } from '../../../sightline/history/v1/ListImagesRequest';
import type { ListImagesResponse as _sightline_history_v1_ListImagesResponse, ListImagesResponse__Output as _sightline_history_v1_ListImagesResponse__Output } from '../../../sightline/history/v1/ListImagesResponse';
import type { ListImportsRequest as _sightline_history_v1_ListImportsRequest, ListImportsRequest__Output as _sightline_history_v1_ListImportsRequest__Output } from '../../../sightline/history/v1/ListImportsRequest';
import type { ListImportsResponse as _sightline_history_v1_ListImportsResponse, ListImportsResponse__Output as _sightline_history_v1_ListImportsResponse__Output } from '../../../sightline/history/v1/ListImportsResponse';
import type { ListPredictionJobsRequest as _sightline_history_v1_ListPredictionJobsRequest, ListPredictionJobsRequest__Output as _sightline_history_v1_ListPredictionJobsRequest__Output } from '../../../sightline/history/v1/ListPredictionJobsRequest';
import type { ListPredictionJobsResponse as _sightline_history_v1_ListPredictionJobsResponse, ListPredictionJobsResponse__Output as _sightline_history_v1_ListPredictionJobsResponse__Output } from '../../../sightline/history/v1/ListPredictionJobsResponse';
import type { ListPredictionsRequest as _sightline_history_v1_ListPredictionsRequest, ListPredictionsRequest__Output as _sightline_history_v1_ListPredictionsRequest__Output } from '../../../sightline/history/v1/ListPredictionsRequest';
import type { ListPredictionsResponse as _sightline_history_v1_ListPredictionsResponse, ListPredictionsResponse__Output as _sightline_history_v1_ListPredictionsResponse__Output } from '../../../sightline/history/v1/ListPredictionsResponse';
import type { ListProjectsRequest as _sightline_history_v1_ListProjectsRequest, ListProjectsRequest__Output as _sightline_history_v1_ListProjectsRequest__Output } from '../../../sightline/history/v1/ListProjectsRequest';
import type { ListProjectsResponse as _sightline_history_v1_ListProjectsResponse, ListProjectsResponse__Output as _sightline_history_v1_ListProjectsResponse__Output } from '../../../sightline/history/v1/ListProjectsResponse';
import type { ListWebhooksRequest as _sightline_history_v1_ListWebhooksRequest, ListWebhooksRequest__Output as _sightline_history_v1_ListWebhooksRequest__Output } from '../../../sightline/history/v1/ListWebhooksRequest';
import type { ListWebhooksResponse as _sightline_history_v1_ListWebhooksResponse, ListWebhooksResponse__Output as _sightline_history_v1_ListWebhooksResponse__Output } from '../../../sightline/history/v1/ListWebhooksResponse';
import type { PredictionJob as _sightline_history_v1_PredictionJob, PredictionJob__Output as _sightline_history_v1_PredictionJob__Output } from '../../../sightline/history/v1/PredictionJob';
import type { Project as _sightline_history_v1_Project, Project__Output as _sightline_history_v1_Project__Output } from '../../../sightline/history/v1/Project';
import type { ProjectIdRequest as _sightline_history_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_history_v1_ProjectIdRequest__Output } from '../../../sightline/history/v1/ProjectIdRequest';
import type { ProjectStats as _sightline_history_v1_ProjectStats, ProjectStats__Output as _sightline_history_v1_ProjectStats__Output } from '../../../sightline/history/v1/ProjectStats';
import type { ProjectStatsRequest as _sightline_history_v1_ProjectStatsRequest, ProjectStatsRequest__Output as _sightline_history_v1_ProjectStatsRequest__Output } from '../../../sightline/history/v1/ProjectStatsRequest';
import type { RecordPredictionsRequest as _sightline_history_v1_RecordPredictionsRequest, RecordPredictionsRequest__Output as _sightline_history_v1_RecordPredictionsRequest__Output } from '../../../sightline/history/v1/RecordPredictionsRequest';
import type { RecordPredictionsResponse as _sightline_history_v1_RecordPredictionsResponse, RecordPredictionsResponse__Output as _sightline_history_v1_RecordPredictionsResponse__Output } from '../../../sightline/history/v1/RecordPredictionsResponse';
import type { RetentionRequest as _sightline_history_v1_RetentionRequest, RetentionRequest__Output as _sightline_history_v1_RetentionRequest__Output } from '../../../sightline/history/v1/RetentionRequest';
import type { RetentionResult as _sightline_history_v1_RetentionResult, RetentionResult__Output as _sightline_history_v1_RetentionResult__Output } from '../../../sightline/history/v1/RetentionResult';
import type { ReviewQueueRequest as _sightline_history_v1_ReviewQueueRequest, ReviewQueueRequest__Output as _sightline_history_v1_ReviewQueueRequest__Output } from '../../../sightline/history/v1/ReviewQueueRequest';
import type { ReviewQueueResponse as _sightline_history_v1_ReviewQueueResponse, ReviewQueueResponse__Output as _sightline_history_v1_ReviewQueueResponse__Output } from '../../../sightline/history/v1/ReviewQueueResponse';
import type { ReviewStats as _sightline_history_v1_ReviewStats, ReviewStats__Output as _sightline_history_v1_ReviewStats__Output } from '../../../sightline/history/v1/ReviewStats';
import type { ReviewStatsRequest as _sightline_history_v1_ReviewStatsRequest, ReviewStatsRequest__Output as _sightline_history_v1_ReviewStatsRequest__Output } from '../../../sightline/history/v1/ReviewStatsRequest';
import type { SetLabelRequest as _sightline_history_v1_SetLabelRequest, SetLabelRequest__Output as _sightline_history_v1_SetLabelRequest__Output } from '../../../sightline/history/v1/SetLabelRequest';
import type { StartPredictionJobRequest as _sightline_history_v1_StartPredictionJobRequest, StartPredictionJobRequest__Output as _sightline_history_v1_StartPredictionJobRequest__Output } from '../../../sightline/history/v1/StartPredictionJobRequest';
import type { StoreImagesRequest as _sightline_history_v1_StoreImagesRequest, StoreImagesRequest__Output as _sightline_history_v1_StoreImagesRequest__Output } from '../../../sightline/history/v1/StoreImagesRequest';
import type { StoreImagesResponse as _sightline_history_v1_StoreImagesResponse, StoreImagesResponse__Output as _sightline_history_v1_StoreImagesResponse__Output } from '../../../sightline/history/v1/StoreImagesResponse';
import type { UpdatePredictionJobRequest as _sightline_history_v1_UpdatePredictionJobRequest, UpdatePredictionJobRequest__Output as _sightline_history_v1_UpdatePredictionJobRequest__Output } from '../../../sightline/history/v1/UpdatePredictionJobRequest';
import type { UpdateProjectRequest as _sightline_history_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _sightline_history_v1_UpdateProjectRequest__Output } from '../../../sightline/history/v1/UpdateProjectRequest';
import type { Webhook as _sightline_history_v1_Webhook, Webhook__Output as _sightline_history_v1_Webhook__Output } from '../../../sightline/history/v1/Webhook';
import type { WebhookIdRequest as _sightline_history_v1_WebhookIdRequest, WebhookIdRequest__Output as _sightline_history_v1_WebhookIdRequest__Output } from '../../../sightline/history/v1/WebhookIdRequest';

export interface HistoryClient extends grpc.Client {
  ClaimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  ClaimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  ClaimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  ClaimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  claimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  claimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  claimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  claimUnpredicted(argument: _sightline_history_v1_ClaimUnpredictedRequest, callback: grpc.requestCallback<_sightline_history_v1_ClaimUnpredictedResponse__Output>): grpc.ClientUnaryCall;
  
  CountLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  CountLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  CountLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  CountLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  countLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  countLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  countLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  countLabelsSince(argument: _sightline_history_v1_CountLabelsRequest, callback: grpc.requestCallback<_sightline_history_v1_CountLabelsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProject(argument: _sightline_history_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sightline_history_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sightline_history_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sightline_history_v1_CreateProjectRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sightline_history_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sightline_history_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sightline_history_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sightline_history_v1_CreateProjectRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  
  CreateWebhook(argument: _sightline_history_v1_CreateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _sightline_history_v1_CreateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _sightline_history_v1_CreateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _sightline_history_v1_CreateWebhookRequest, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _sightline_history_v1_CreateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _sightline_history_v1_CreateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _sightline_history_v1_CreateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _sightline_history_v1_CreateWebhookRequest, callback: grpc.requestCallback<_sightline_history_v1_Webhook__Output>): grpc.ClientUnaryCall;
  
  DeleteProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sightline_history_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sightline_history_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sightline_history_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sightline_history_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  DeleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _sightline_history_v1_WebhookIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  EmitEvent(argument: _sightline_history_v1_EmitEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  EmitEvent(argument: _sightline_history_v1_EmitEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  EmitEvent(argument: _sightline_history_v1_EmitEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  EmitEvent(argument: _sightline_history_v1_EmitEventRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  emitEvent(argument: _sightline_history_v1_EmitEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  emitEvent(argument: _sightline_history_v1_EmitEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  emitEvent(argument: _sightline_history_v1_EmitEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  emitEvent(argument: _sightline_history_v1_EmitEventRequest, callback: grpc.requestCallback<_sightline_history_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  ExportPredictions(argument: _sightline_history_v1_ExportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_history_v1_ExportChunk__Output>;
  ExportPredictions(argument: _sightline_history_v1_ExportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_history_v1_ExportChunk__Output>;
  exportPredictions(argument: _sightline_history_v1_ExportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_history_v1_ExportChunk__Output>;
  exportPredictions(argument: _sightline_history_v1_ExportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_history_v1_ExportChunk__Output>;
  
  GetImage(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  getImage(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  getImage(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  getImage(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  getImage(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  
  GetImageContent(argument: _sightline_history_v1_ImageContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  GetImageContent(argument: _sightline_history_v1_ImageContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  GetImageContent(argument: _sightline_history_v1_ImageContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  GetImageContent(argument: _sightline_history_v1_ImageContentRequest, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  getImageContent(argument: _sightline_history_v1_ImageContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  getImageContent(argument: _sightline_history_v1_ImageContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  getImageContent(argument: _sightline_history_v1_ImageContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  getImageContent(argument: _sightline_history_v1_ImageContentRequest, callback: grpc.requestCallback<_sightline_history_v1_ImageContent__Output>): grpc.ClientUnaryCall;
  
  GetImport(argument: _sightline_history_v1_ImportIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _sightline_history_v1_ImportIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _sightline_history_v1_ImportIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _sightline_history_v1_ImportIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  getImport(argument: _sightline_history_v1_ImportIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  getImport(argument: _sightline_history_v1_ImportIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  getImport(argument: _sightline_history_v1_ImportIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  getImport(argument: _sightline_history_v1_ImportIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientUnaryCall;
  
  GetLabelHistory(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetLabelHistory(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetLabelHistory(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetLabelHistory(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  getLabelHistory(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  getLabelHistory(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  getLabelHistory(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  getLabelHistory(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_LabelHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  GetProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sightline_history_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sightline_history_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sightline_history_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sightline_history_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sightline_history_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  
  GetProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  GetProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  GetProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  GetProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  getProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  getProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  getProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  getProjectStats(argument: _sightline_history_v1_ProjectStatsRequest, callback: grpc.requestCallback<_sightline_history_v1_ProjectStats__Output>): grpc.ClientUnaryCall;
  
  GetReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  GetReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  GetReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  GetReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  getReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  getReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  getReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  getReviewQueue(argument: _sightline_history_v1_ReviewQueueRequest, callback: grpc.requestCallback<_sightline_history_v1_ReviewQueueResponse__Output>): grpc.ClientUnaryCall;
  
  GetReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  GetReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  GetReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  GetReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  getReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  getReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  getReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  getReviewStats(argument: _sightline_history_v1_ReviewStatsRequest, callback: grpc.requestCallback<_sightline_history_v1_ReviewStats__Output>): grpc.ClientUnaryCall;
  
  /**
   * The newest 200 deliveries of a webhook.
   */
  ListDeliveries(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _sightline_history_v1_WebhookIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _sightline_history_v1_WebhookIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The newest 200 deliveries of a webhook.
   */
  listDeliveries(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _sightline_history_v1_WebhookIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _sightline_history_v1_WebhookIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _sightline_history_v1_WebhookIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every prediction of one image, by every model version, newest first.
   */
  ListImagePredictions(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListImagePredictions(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListImagePredictions(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListImagePredictions(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every prediction of one image, by every model version, newest first.
   */
  listImagePredictions(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  listImagePredictions(argument: _sightline_history_v1_ImageIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  listImagePredictions(argument: _sightline_history_v1_ImageIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  listImagePredictions(argument: _sightline_history_v1_ImageIdRequest, callback: grpc.requestCallback<_sightline_history_v1_ImagePredictionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListImages(argument: _sightline_history_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _sightline_history_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _sightline_history_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _sightline_history_v1_ListImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _sightline_history_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _sightline_history_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _sightline_history_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _sightline_history_v1_ListImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  
  ListImports(argument: _sightline_history_v1_ListImportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  ListImports(argument: _sightline_history_v1_ListImportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  ListImports(argument: _sightline_history_v1_ListImportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  ListImports(argument: _sightline_history_v1_ListImportsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  listImports(argument: _sightline_history_v1_ListImportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  listImports(argument: _sightline_history_v1_ListImportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  listImports(argument: _sightline_history_v1_ListImportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  listImports(argument: _sightline_history_v1_ListImportsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListImportsResponse__Output>): grpc.ClientUnaryCall;
  
  ListLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  ListLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  ListLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  ListLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  listLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  listLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  listLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  listLabeledImages(argument: _sightline_history_v1_LabeledImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_LabeledImagesResponse__Output>): grpc.ClientUnaryCall;
  
  ListPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  listPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  listPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  listPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  listPredictionJobs(argument: _sightline_history_v1_ListPredictionJobsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPredictions(argument: _sightline_history_v1_ListPredictionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictions(argument: _sightline_history_v1_ListPredictionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictions(argument: _sightline_history_v1_ListPredictionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  ListPredictions(argument: _sightline_history_v1_ListPredictionsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  listPredictions(argument: _sightline_history_v1_ListPredictionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  listPredictions(argument: _sightline_history_v1_ListPredictionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  listPredictions(argument: _sightline_history_v1_ListPredictionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  listPredictions(argument: _sightline_history_v1_ListPredictionsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListPredictionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListProjects(argument: _sightline_history_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sightline_history_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sightline_history_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sightline_history_v1_ListProjectsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sightline_history_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sightline_history_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sightline_history_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sightline_history_v1_ListProjectsRequest, callback: grpc.requestCallback<_sightline_history_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
  ListWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _sightline_history_v1_ListWebhooksRequest, callback: grpc.requestCallback<_sightline_history_v1_ListWebhooksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores the images sent along and every prediction in one transaction.
   */
  RecordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  RecordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  RecordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  RecordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores the images sent along and every prediction in one transaction.
   */
  recordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  recordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  recordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  recordPredictions(argument: _sightline_history_v1_RecordPredictionsRequest, callback: grpc.requestCallback<_sightline_history_v1_RecordPredictionsResponse__Output>): grpc.ClientUnaryCall;
  
  RunRetention(argument: _sightline_history_v1_RetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  RunRetention(argument: _sightline_history_v1_RetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  RunRetention(argument: _sightline_history_v1_RetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  RunRetention(argument: _sightline_history_v1_RetentionRequest, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  runRetention(argument: _sightline_history_v1_RetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  runRetention(argument: _sightline_history_v1_RetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  runRetention(argument: _sightline_history_v1_RetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  runRetention(argument: _sightline_history_v1_RetentionRequest, callback: grpc.requestCallback<_sightline_history_v1_RetentionResult__Output>): grpc.ClientUnaryCall;
  
  SetLabel(argument: _sightline_history_v1_SetLabelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  SetLabel(argument: _sightline_history_v1_SetLabelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  SetLabel(argument: _sightline_history_v1_SetLabelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  SetLabel(argument: _sightline_history_v1_SetLabelRequest, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  setLabel(argument: _sightline_history_v1_SetLabelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  setLabel(argument: _sightline_history_v1_SetLabelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  setLabel(argument: _sightline_history_v1_SetLabelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  setLabel(argument: _sightline_history_v1_SetLabelRequest, callback: grpc.requestCallback<_sightline_history_v1_Image__Output>): grpc.ClientUnaryCall;
  
  StartImport(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  StartImport(metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  StartImport(options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  StartImport(callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  startImport(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  startImport(metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  startImport(options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  startImport(callback: grpc.requestCallback<_sightline_history_v1_ImportJob__Output>): grpc.ClientWritableStream<_sightline_history_v1_ImportChunk>;
  
  StartPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  StartPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  StartPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  StartPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  startPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  startPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  startPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  startPredictionJob(argument: _sightline_history_v1_StartPredictionJobRequest, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  
  StoreImages(argument: _sightline_history_v1_StoreImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  StoreImages(argument: _sightline_history_v1_StoreImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  StoreImages(argument: _sightline_history_v1_StoreImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  StoreImages(argument: _sightline_history_v1_StoreImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  storeImages(argument: _sightline_history_v1_StoreImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  storeImages(argument: _sightline_history_v1_StoreImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  storeImages(argument: _sightline_history_v1_StoreImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  storeImages(argument: _sightline_history_v1_StoreImagesRequest, callback: grpc.requestCallback<_sightline_history_v1_StoreImagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Confirms or corrects a prediction; the label becomes the image's (origin feedback).
   */
  SubmitFeedback(argument: _sightline_history_v1_FeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _sightline_history_v1_FeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _sightline_history_v1_FeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _sightline_history_v1_FeedbackRequest, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Confirms or corrects a prediction; the label becomes the image's (origin feedback).
   */
  submitFeedback(argument: _sightline_history_v1_FeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _sightline_history_v1_FeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _sightline_history_v1_FeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _sightline_history_v1_FeedbackRequest, callback: grpc.requestCallback<_sightline_history_v1_FeedbackResponse__Output>): grpc.ClientUnaryCall;
  
  UpdatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  UpdatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  UpdatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  UpdatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  updatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  updatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  updatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  updatePredictionJob(argument: _sightline_history_v1_UpdatePredictionJobRequest, callback: grpc.requestCallback<_sightline_history_v1_PredictionJob__Output>): grpc.ClientUnaryCall;
  
  UpdateProject(argument: _sightline_history_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sightline_history_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sightline_history_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sightline_history_v1_UpdateProjectRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sightline_history_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sightline_history_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sightline_history_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sightline_history_v1_UpdateProjectRequest, callback: grpc.requestCallback<_sightline_history_v1_Project__Output>): grpc.ClientUnaryCall;
  
}

export interface HistoryHandlers extends grpc.UntypedServiceImplementation {
  ClaimUnpredicted: grpc.handleUnaryCall<_sightline_history_v1_ClaimUnpredictedRequest__Output, _sightline_history_v1_ClaimUnpredictedResponse>;
  
  CountLabelsSince: grpc.handleUnaryCall<_sightline_history_v1_CountLabelsRequest__Output, _sightline_history_v1_CountLabelsResponse>;
  
  CreateProject: grpc.handleUnaryCall<_sightline_history_v1_CreateProjectRequest__Output, _sightline_history_v1_Project>;
  
  CreateWebhook: grpc.handleUnaryCall<_sightline_history_v1_CreateWebhookRequest__Output, _sightline_history_v1_Webhook>;
  
  DeleteProject: grpc.handleUnaryCall<_sightline_history_v1_ProjectIdRequest__Output, _sightline_history_v1_Empty>;
  
  DeleteWebhook: grpc.handleUnaryCall<_sightline_history_v1_WebhookIdRequest__Output, _sightline_history_v1_Empty>;
  
  EmitEvent: grpc.handleUnaryCall<_sightline_history_v1_EmitEventRequest__Output, _sightline_history_v1_Empty>;
  
  ExportPredictions: grpc.handleServerStreamingCall<_sightline_history_v1_ExportRequest__Output, _sightline_history_v1_ExportChunk>;
  
  GetImage: grpc.handleUnaryCall<_sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_Image>;
  
  GetImageContent: grpc.handleUnaryCall<_sightline_history_v1_ImageContentRequest__Output, _sightline_history_v1_ImageContent>;
  
  GetImport: grpc.handleUnaryCall<_sightline_history_v1_ImportIdRequest__Output, _sightline_history_v1_ImportJob>;
  
  GetLabelHistory: grpc.handleUnaryCall<_sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_LabelHistoryResponse>;
  
  GetProject: grpc.handleUnaryCall<_sightline_history_v1_ProjectIdRequest__Output, _sightline_history_v1_Project>;
  
  GetProjectStats: grpc.handleUnaryCall<_sightline_history_v1_ProjectStatsRequest__Output, _sightline_history_v1_ProjectStats>;
  
  GetReviewQueue: grpc.handleUnaryCall<_sightline_history_v1_ReviewQueueRequest__Output, _sightline_history_v1_ReviewQueueResponse>;
  
  GetReviewStats: grpc.handleUnaryCall<_sightline_history_v1_ReviewStatsRequest__Output, _sightline_history_v1_ReviewStats>;
  
  /**
   * The newest 200 deliveries of a webhook.
   */
  ListDeliveries: grpc.handleUnaryCall<_sightline_history_v1_WebhookIdRequest__Output, _sightline_history_v1_ListDeliveriesResponse>;
  
  /**
   * Every prediction of one image, by every model version, newest first.
   */
  ListImagePredictions: grpc.handleUnaryCall<_sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_ImagePredictionsResponse>;
  
  ListImages: grpc.handleUnaryCall<_sightline_history_v1_ListImagesRequest__Output, _sightline_history_v1_ListImagesResponse>;
  
  ListImports: grpc.handleUnaryCall<_sightline_history_v1_ListImportsRequest__Output, _sightline_history_v1_ListImportsResponse>;
  
  ListLabeledImages: grpc.handleUnaryCall<_sightline_history_v1_LabeledImagesRequest__Output, _sightline_history_v1_LabeledImagesResponse>;
  
  ListPredictionJobs: grpc.handleUnaryCall<_sightline_history_v1_ListPredictionJobsRequest__Output, _sightline_history_v1_ListPredictionJobsResponse>;
  
  ListPredictions: grpc.handleUnaryCall<_sightline_history_v1_ListPredictionsRequest__Output, _sightline_history_v1_ListPredictionsResponse>;
  
  ListProjects: grpc.handleUnaryCall<_sightline_history_v1_ListProjectsRequest__Output, _sightline_history_v1_ListProjectsResponse>;
  
  ListWebhooks: grpc.handleUnaryCall<_sightline_history_v1_ListWebhooksRequest__Output, _sightline_history_v1_ListWebhooksResponse>;
  
  /**
   * Stores the images sent along and every prediction in one transaction.
   */
  RecordPredictions: grpc.handleUnaryCall<_sightline_history_v1_RecordPredictionsRequest__Output, _sightline_history_v1_RecordPredictionsResponse>;
  
  RunRetention: grpc.handleUnaryCall<_sightline_history_v1_RetentionRequest__Output, _sightline_history_v1_RetentionResult>;
  
  SetLabel: grpc.handleUnaryCall<_sightline_history_v1_SetLabelRequest__Output, _sightline_history_v1_Image>;
  
  StartImport: grpc.handleClientStreamingCall<_sightline_history_v1_ImportChunk__Output, _sightline_history_v1_ImportJob>;
  
  StartPredictionJob: grpc.handleUnaryCall<_sightline_history_v1_StartPredictionJobRequest__Output, _sightline_history_v1_PredictionJob>;
  
  StoreImages: grpc.handleUnaryCall<_sightline_history_v1_StoreImagesRequest__Output, _sightline_history_v1_StoreImagesResponse>;
  
  /**
   * Confirms or corrects a prediction; the label becomes the image's (origin feedback).
   */
  SubmitFeedback: grpc.handleUnaryCall<_sightline_history_v1_FeedbackRequest__Output, _sightline_history_v1_FeedbackResponse>;
  
  UpdatePredictionJob: grpc.handleUnaryCall<_sightline_history_v1_UpdatePredictionJobRequest__Output, _sightline_history_v1_PredictionJob>;
  
  UpdateProject: grpc.handleUnaryCall<_sightline_history_v1_UpdateProjectRequest__Output, _sightline_history_v1_Project>;
  
}

export interface HistoryDefinition extends grpc.ServiceDefinition {
  ClaimUnpredicted: MethodDefinition<_sightline_history_v1_ClaimUnpredictedRequest, _sightline_history_v1_ClaimUnpredictedResponse, _sightline_history_v1_ClaimUnpredictedRequest__Output, _sightline_history_v1_ClaimUnpredictedResponse__Output>
  CountLabelsSince: MethodDefinition<_sightline_history_v1_CountLabelsRequest, _sightline_history_v1_CountLabelsResponse, _sightline_history_v1_CountLabelsRequest__Output, _sightline_history_v1_CountLabelsResponse__Output>
  CreateProject: MethodDefinition<_sightline_history_v1_CreateProjectRequest, _sightline_history_v1_Project, _sightline_history_v1_CreateProjectRequest__Output, _sightline_history_v1_Project__Output>
  CreateWebhook: MethodDefinition<_sightline_history_v1_CreateWebhookRequest, _sightline_history_v1_Webhook, _sightline_history_v1_CreateWebhookRequest__Output, _sightline_history_v1_Webhook__Output>
  DeleteProject: MethodDefinition<_sightline_history_v1_ProjectIdRequest, _sightline_history_v1_Empty, _sightline_history_v1_ProjectIdRequest__Output, _sightline_history_v1_Empty__Output>
  DeleteWebhook: MethodDefinition<_sightline_history_v1_WebhookIdRequest, _sightline_history_v1_Empty, _sightline_history_v1_WebhookIdRequest__Output, _sightline_history_v1_Empty__Output>
  EmitEvent: MethodDefinition<_sightline_history_v1_EmitEventRequest, _sightline_history_v1_Empty, _sightline_history_v1_EmitEventRequest__Output, _sightline_history_v1_Empty__Output>
  ExportPredictions: MethodDefinition<_sightline_history_v1_ExportRequest, _sightline_history_v1_ExportChunk, _sightline_history_v1_ExportRequest__Output, _sightline_history_v1_ExportChunk__Output>
  GetImage: MethodDefinition<_sightline_history_v1_ImageIdRequest, _sightline_history_v1_Image, _sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_Image__Output>
  GetImageContent: MethodDefinition<_sightline_history_v1_ImageContentRequest, _sightline_history_v1_ImageContent, _sightline_history_v1_ImageContentRequest__Output, _sightline_history_v1_ImageContent__Output>
  GetImport: MethodDefinition<_sightline_history_v1_ImportIdRequest, _sightline_history_v1_ImportJob, _sightline_history_v1_ImportIdRequest__Output, _sightline_history_v1_ImportJob__Output>
  GetLabelHistory: MethodDefinition<_sightline_history_v1_ImageIdRequest, _sightline_history_v1_LabelHistoryResponse, _sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_LabelHistoryResponse__Output>
  GetProject: MethodDefinition<_sightline_history_v1_ProjectIdRequest, _sightline_history_v1_Project, _sightline_history_v1_ProjectIdRequest__Output, _sightline_history_v1_Project__Output>
  GetProjectStats: MethodDefinition<_sightline_history_v1_ProjectStatsRequest, _sightline_history_v1_ProjectStats, _sightline_history_v1_ProjectStatsRequest__Output, _sightline_history_v1_ProjectStats__Output>
  GetReviewQueue: MethodDefinition<_sightline_history_v1_ReviewQueueRequest, _sightline_history_v1_ReviewQueueResponse, _sightline_history_v1_ReviewQueueRequest__Output, _sightline_history_v1_ReviewQueueResponse__Output>
  GetReviewStats: MethodDefinition<_sightline_history_v1_ReviewStatsRequest, _sightline_history_v1_ReviewStats, _sightline_history_v1_ReviewStatsRequest__Output, _sightline_history_v1_ReviewStats__Output>
  ListDeliveries: MethodDefinition<_sightline_history_v1_WebhookIdRequest, _sightline_history_v1_ListDeliveriesResponse, _sightline_history_v1_WebhookIdRequest__Output, _sightline_history_v1_ListDeliveriesResponse__Output>
  ListImagePredictions: MethodDefinition<_sightline_history_v1_ImageIdRequest, _sightline_history_v1_ImagePredictionsResponse, _sightline_history_v1_ImageIdRequest__Output, _sightline_history_v1_ImagePredictionsResponse__Output>
  ListImages: MethodDefinition<_sightline_history_v1_ListImagesRequest, _sightline_history_v1_ListImagesResponse, _sightline_history_v1_ListImagesRequest__Output, _sightline_history_v1_ListImagesResponse__Output>
  ListImports: MethodDefinition<_sightline_history_v1_ListImportsRequest, _sightline_history_v1_ListImportsResponse, _sightline_history_v1_ListImportsRequest__Output, _sightline_history_v1_ListImportsResponse__Output>
  ListLabeledImages: MethodDefinition<_sightline_history_v1_LabeledImagesRequest, _sightline_history_v1_LabeledImagesResponse, _sightline_history_v1_LabeledImagesRequest__Output, _sightline_history_v1_LabeledImagesResponse__Output>
  ListPredictionJobs: MethodDefinition<_sightline_history_v1_ListPredictionJobsRequest, _sightline_history_v1_ListPredictionJobsResponse, _sightline_history_v1_ListPredictionJobsRequest__Output, _sightline_history_v1_ListPredictionJobsResponse__Output>
  ListPredictions: MethodDefinition<_sightline_history_v1_ListPredictionsRequest, _sightline_history_v1_ListPredictionsResponse, _sightline_history_v1_ListPredictionsRequest__Output, _sightline_history_v1_ListPredictionsResponse__Output>
  ListProjects: MethodDefinition<_sightline_history_v1_ListProjectsRequest, _sightline_history_v1_ListProjectsResponse, _sightline_history_v1_ListProjectsRequest__Output, _sightline_history_v1_ListProjectsResponse__Output>
  ListWebhooks: MethodDefinition<_sightline_history_v1_ListWebhooksRequest, _sightline_history_v1_ListWebhooksResponse, _sightline_history_v1_ListWebhooksRequest__Output, _sightline_history_v1_ListWebhooksResponse__Output>
  RecordPredictions: MethodDefinition<_sightline_history_v1_RecordPredictionsRequest, _sightline_history_v1_RecordPredictionsResponse, _sightline_history_v1_RecordPredictionsRequest__Output, _sightline_history_v1_RecordPredictionsResponse__Output>
  RunRetention: MethodDefinition<_sightline_history_v1_RetentionRequest, _sightline_history_v1_RetentionResult, _sightline_history_v1_RetentionRequest__Output, _sightline_history_v1_RetentionResult__Output>
  SetLabel: MethodDefinition<_sightline_history_v1_SetLabelRequest, _sightline_history_v1_Image, _sightline_history_v1_SetLabelRequest__Output, _sightline_history_v1_Image__Output>
  StartImport: MethodDefinition<_sightline_history_v1_ImportChunk, _sightline_history_v1_ImportJob, _sightline_history_v1_ImportChunk__Output, _sightline_history_v1_ImportJob__Output>
  StartPredictionJob: MethodDefinition<_sightline_history_v1_StartPredictionJobRequest, _sightline_history_v1_PredictionJob, _sightline_history_v1_StartPredictionJobRequest__Output, _sightline_history_v1_PredictionJob__Output>
  StoreImages: MethodDefinition<_sightline_history_v1_StoreImagesRequest, _sightline_history_v1_StoreImagesResponse, _sightline_history_v1_StoreImagesRequest__Output, _sightline_history_v1_StoreImagesResponse__Output>
  SubmitFeedback: MethodDefinition<_sightline_history_v1_FeedbackRequest, _sightline_history_v1_FeedbackResponse, _sightline_history_v1_FeedbackRequest__Output, _sightline_history_v1_FeedbackResponse__Output>
  UpdatePredictionJob: MethodDefinition<_sightline_history_v1_UpdatePredictionJobRequest, _sightline_history_v1_PredictionJob, _sightline_history_v1_UpdatePredictionJobRequest__Output, _sightline_history_v1_PredictionJob__Output>
  UpdateProject: MethodDefinition<_sightline_history_v1_UpdateProjectRequest, _sightline_history_v1_Project, _sightline_history_v1_UpdateProjectRequest__Output, _sightline_history_v1_Project__Output>
}
