import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimUnpredictedRequest as _sightline_history_v1_ClaimUnpredictedRequest, ClaimUnpredictedRequest__Output as _sightline_history_v1_ClaimUnpredictedRequest__Output } from './sightline/history/v1/ClaimUnpredictedRequest';
import type { ClaimUnpredictedResponse as _sightline_history_v1_ClaimUnpredictedResponse, ClaimUnpredictedResponse__Output as _sightline_history_v1_ClaimUnpredictedResponse__Output } from './sightline/history/v1/ClaimUnpredictedResponse';
import type { ClaimedImage as _sightline_history_v1_ClaimedImage, ClaimedImage__Output as _sightline_history_v1_ClaimedImage__Output } from './sightline/history/v1/ClaimedImage';
import type { CountLabelsRequest as _sightline_history_v1_CountLabelsRequest, CountLabelsRequest__Output as _sightline_history_v1_CountLabelsRequest__Output } from './sightline/history/v1/CountLabelsRequest';
import type { CountLabelsResponse as _sightline_history_v1_CountLabelsResponse, CountLabelsResponse__Output as _sightline_history_v1_CountLabelsResponse__Output } from './sightline/history/v1/CountLabelsResponse';
import type { CreateProjectRequest as _sightline_history_v1_CreateProjectRequest, CreateProjectRequest__Output as _sightline_history_v1_CreateProjectRequest__Output } from './sightline/history/v1/CreateProjectRequest';
import type { CreateWebhookRequest as _sightline_history_v1_CreateWebhookRequest, CreateWebhookRequest__Output as _sightline_history_v1_CreateWebhookRequest__Output } from './sightline/history/v1/CreateWebhookRequest';
import type { EmitEventRequest as _sightline_history_v1_EmitEventRequest, EmitEventRequest__Output as _sightline_history_v1_EmitEventRequest__Output } from './sightline/history/v1/EmitEventRequest';
import type { Empty as _sightline_history_v1_Empty, Empty__Output as _sightline_history_v1_Empty__Output } from './sightline/history/v1/Empty';
import type { ExportChunk as _sightline_history_v1_ExportChunk, ExportChunk__Output as _sightline_history_v1_ExportChunk__Output } from './sightline/history/v1/ExportChunk';
import type { ExportRequest as _sightline_history_v1_ExportRequest, ExportRequest__Output as _sightline_history_v1_ExportRequest__Output } from './sightline/history/v1/ExportRequest';
import type { FeedbackRequest as _sightline_history_v1_FeedbackRequest, FeedbackRequest__Output as _sightline_history_v1_FeedbackRequest__Output } from './sightline/history/v1/FeedbackRequest';
import type { FeedbackResponse as _sightline_history_v1_FeedbackResponse, FeedbackResponse__Output as _sightline_history_v1_FeedbackResponse__Output } from './sightline/history/v1/FeedbackResponse';
import type { HistoryClient as _sightline_history_v1_HistoryClient, HistoryDefinition as _sightline_history_v1_HistoryDefinition } from './sightline/history/v1/History';
import type { HourCount as _sightline_history_v1_HourCount, HourCount__Output as _sightline_history_v1_HourCount__Output } from './sightline/history/v1/HourCount';
import type { Image as _sightline_history_v1_Image, Image__Output as _sightline_history_v1_Image__Output } from './sightline/history/v1/Image';
import type { ImageContent as _sightline_history_v1_ImageContent, ImageContent__Output as _sightline_history_v1_ImageContent__Output } from './sightline/history/v1/ImageContent';
import type { ImageContentRequest as _sightline_history_v1_ImageContentRequest, ImageContentRequest__Output as _sightline_history_v1_ImageContentRequest__Output } from './sightline/history/v1/ImageContentRequest';
import type { ImageIdRequest as _sightline_history_v1_ImageIdRequest, ImageIdRequest__Output as _sightline_history_v1_ImageIdRequest__Output } from './sightline/history/v1/ImageIdRequest';
import type { ImagePredictionsResponse as _sightline_history_v1_ImagePredictionsResponse, ImagePredictionsResponse__Output as _sightline_history_v1_ImagePredictionsResponse__Output } from './sightline/history/v1/ImagePredictionsResponse';
import type { ImageUpload as _sightline_history_v1_ImageUpload, ImageUpload__Output as _sightline_history_v1_ImageUpload__Output } from './sightline/history/v1/ImageUpload';
import type { ImportChunk as _sightline_history_v1_ImportChunk, ImportChunk__Output as _sightline_history_v1_ImportChunk__Output } from './sightline/history/v1/ImportChunk';
import type { ImportError as _sightline_history_v1_ImportError, ImportError__Output as _sightline_history_v1_ImportError__Output } from './sightline/history/v1/ImportError';
import type { ImportIdRequest as _sightline_history_v1_ImportIdRequest, ImportIdRequest__Output as _sightline_history_v1_ImportIdRequest__Output } from './sightline/history/v1/ImportIdRequest';
import type { ImportJob as _sightline_history_v1_ImportJob, ImportJob__Output as _sightline_history_v1_ImportJob__Output } from './sightline/history/v1/ImportJob';
import type { LabelCount as _sightline_history_v1_LabelCount, LabelCount__Output as _sightline_history_v1_LabelCount__Output } from './sightline/history/v1/LabelCount';
import type { LabelEntry as _sightline_history_v1_LabelEntry, LabelEntry__Output as _sightline_history_v1_LabelEntry__Output } from './sightline/history/v1/LabelEntry';
import type { LabelHistoryResponse as _sightline_history_v1_LabelHistoryResponse, LabelHistoryResponse__Output as _sightline_history_v1_LabelHistoryResponse__Output } from './sightline/history/v1/LabelHistoryResponse';
import type { LabeledImage as _sightline_history_v1_LabeledImage, LabeledImage__Output as _sightline_history_v1_LabeledImage__Output } from './sightline/history/v1/LabeledImage';
import type { LabeledImagesRequest as _sightline_history_v1_LabeledImagesRequest, LabeledImagesRequest__Output as _sightline_history_v1_LabeledImagesRequest__Output } from './sightline/history/v1/LabeledImagesRequest';
import type { LabeledImagesResponse as _sightline_history_v1_LabeledImagesResponse, LabeledImagesResponse__Output as _sightline_history_v1_LabeledImagesResponse__Output } from './sightline/history/v1/LabeledImagesResponse';
import type { ListDeliveriesResponse as _sightline_history_v1_ListDeliveriesResponse, ListDeliveriesResponse__Output as _sightline_history_v1_ListDeliveriesResponse__Output } from './sightline/history/v1/ListDeliveriesResponse';
import type { ListImagesRequest as _sightline_history_v1_ListImagesRequest, ListImagesRequest__Output as _sightline_history_v1_ListImagesRequest__Output } from './sightline/history/v1/ListImagesRequest';
import type { ListImagesResponse as _sightline_history_v1_ListImagesResponse, ListImagesResponse__Output as _sightline_history_v1_ListImagesResponse__Output } from './sightline/history/v1/ListImagesResponse';
import type { ListImportsRequest as _sightline_history_v1_ListImportsRequest, ListImportsRequest__Output as _sightline_history_v1_ListImportsRequest__Output } from './sightline/history/v1/ListImportsRequest';
import type { ListImportsResponse as _sightline_history_v1_ListImportsResponse, ListImportsResponse__Output as _sightline_history_v1_ListImportsResponse__Output } from './sightline/history/v1/ListImportsResponse';
import type { ListPredictionJobsRequest as _sightline_history_v1_ListPredictionJobsRequest, ListPredictionJobsRequest__Output as _sightline_history_v1_ListPredictionJobsRequest__Output } from './sightline/history/v1/ListPredictionJobsRequest';
import type { ListPredictionJobsResponse as _sightline_history_v1_ListPredictionJobsResponse, ListPredictionJobsResponse__Output as _sightline_history_v1_ListPredictionJobsResponse__Output } from './sightline/history/v1/ListPredictionJobsResponse';
import type { ListPredictionsRequest as _sightline_history_v1_ListPredictionsRequest, ListPredictionsRequest__Output as _sightline_history_v1_ListPredictionsRequest__Output } from './sightline/history/v1/ListPredictionsRequest';
import type { ListPredictionsResponse as _sightline_history_v1_ListPredictionsResponse, ListPredictionsResponse__Output as _sightline_history_v1_ListPredictionsResponse__Output } from './sightline/history/v1/ListPredictionsResponse';
import type { ListProjectsRequest as _sightline_history_v1_ListProjectsRequest, ListProjectsRequest__Output as _sightline_history_v1_ListProjectsRequest__Output } from './sightline/history/v1/ListProjectsRequest';
import type { ListProjectsResponse as _sightline_history_v1_ListProjectsResponse, ListProjectsResponse__Output as _sightline_history_v1_ListProjectsResponse__Output } from './sightline/history/v1/ListProjectsResponse';
import type { ListWebhooksRequest as _sightline_history_v1_ListWebhooksRequest, ListWebhooksRequest__Output as _sightline_history_v1_ListWebhooksRequest__Output } from './sightline/history/v1/ListWebhooksRequest';
import type { ListWebhooksResponse as _sightline_history_v1_ListWebhooksResponse, ListWebhooksResponse__Output as _sightline_history_v1_ListWebhooksResponse__Output } from './sightline/history/v1/ListWebhooksResponse';
import type { Prediction as _sightline_history_v1_Prediction, Prediction__Output as _sightline_history_v1_Prediction__Output } from './sightline/history/v1/Prediction';
import type { PredictionFilter as _sightline_history_v1_PredictionFilter, PredictionFilter__Output as _sightline_history_v1_PredictionFilter__Output } from './sightline/history/v1/PredictionFilter';
import type { PredictionInput as _sightline_history_v1_PredictionInput, PredictionInput__Output as _sightline_history_v1_PredictionInput__Output } from './sightline/history/v1/PredictionInput';
import type { PredictionJob as _sightline_history_v1_PredictionJob, PredictionJob__Output as _sightline_history_v1_PredictionJob__Output } from './sightline/history/v1/PredictionJob';
import type { PredictionWithImage as _sightline_history_v1_PredictionWithImage, PredictionWithImage__Output as _sightline_history_v1_PredictionWithImage__Output } from './sightline/history/v1/PredictionWithImage';
import type { Project as _sightline_history_v1_Project, Project__Output as _sightline_history_v1_Project__Output } from './sightline/history/v1/Project';
import type { ProjectIdRequest as _sightline_history_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_history_v1_ProjectIdRequest__Output } from './sightline/history/v1/ProjectIdRequest';
import type { ProjectStats as _sightline_history_v1_ProjectStats, ProjectStats__Output as _sightline_history_v1_ProjectStats__Output } from './sightline/history/v1/ProjectStats';
import type { ProjectStatsRequest as _sightline_history_v1_ProjectStatsRequest, ProjectStatsRequest__Output as _sightline_history_v1_ProjectStatsRequest__Output } from './sightline/history/v1/ProjectStatsRequest';
import type { RecordPredictionsRequest as _sightline_history_v1_RecordPredictionsRequest, RecordPredictionsRequest__Output as _sightline_history_v1_RecordPredictionsRequest__Output } from './sightline/history/v1/RecordPredictionsRequest';
import type { RecordPredictionsResponse as _sightline_history_v1_RecordPredictionsResponse, RecordPredictionsResponse__Output as _sightline_history_v1_RecordPredictionsResponse__Output } from './sightline/history/v1/RecordPredictionsResponse';
import type { RecordedPrediction as _sightline_history_v1_RecordedPrediction, RecordedPrediction__Output as _sightline_history_v1_RecordedPrediction__Output } from './sightline/history/v1/RecordedPrediction';
import type { RetentionRequest as _sightline_history_v1_RetentionRequest, RetentionRequest__Output as _sightline_history_v1_RetentionRequest__Output } from './sightline/history/v1/RetentionRequest';
import type { RetentionResult as _sightline_history_v1_RetentionResult, RetentionResult__Output as _sightline_history_v1_RetentionResult__Output } from './sightline/history/v1/RetentionResult';
import type { ReviewItem as _sightline_history_v1_ReviewItem, ReviewItem__Output as _sightline_history_v1_ReviewItem__Output } from './sightline/history/v1/ReviewItem';
import type { ReviewQueueRequest as _sightline_history_v1_ReviewQueueRequest, ReviewQueueRequest__Output as _sightline_history_v1_ReviewQueueRequest__Output } from './sightline/history/v1/ReviewQueueRequest';
import type { ReviewQueueResponse as _sightline_history_v1_ReviewQueueResponse, ReviewQueueResponse__Output as _sightline_history_v1_ReviewQueueResponse__Output } from './sightline/history/v1/ReviewQueueResponse';
import type { ReviewStats as _sightline_history_v1_ReviewStats, ReviewStats__Output as _sightline_history_v1_ReviewStats__Output } from './sightline/history/v1/ReviewStats';
import type { ReviewStatsRequest as _sightline_history_v1_ReviewStatsRequest, ReviewStatsRequest__Output as _sightline_history_v1_ReviewStatsRequest__Output } from './sightline/history/v1/ReviewStatsRequest';
import type { SetLabelRequest as _sightline_history_v1_SetLabelRequest, SetLabelRequest__Output as _sightline_history_v1_SetLabelRequest__Output } from './sightline/history/v1/SetLabelRequest';
import type { StartPredictionJobRequest as _sightline_history_v1_StartPredictionJobRequest, StartPredictionJobRequest__Output as _sightline_history_v1_StartPredictionJobRequest__Output } from './sightline/history/v1/StartPredictionJobRequest';
import type { StoreImagesRequest as _sightline_history_v1_StoreImagesRequest, StoreImagesRequest__Output as _sightline_history_v1_StoreImagesRequest__Output } from './sightline/history/v1/StoreImagesRequest';
import type { StoreImagesResponse as _sightline_history_v1_StoreImagesResponse, StoreImagesResponse__Output as _sightline_history_v1_StoreImagesResponse__Output } from './sightline/history/v1/StoreImagesResponse';
import type { UpdatePredictionJobRequest as _sightline_history_v1_UpdatePredictionJobRequest, UpdatePredictionJobRequest__Output as _sightline_history_v1_UpdatePredictionJobRequest__Output } from './sightline/history/v1/UpdatePredictionJobRequest';
import type { UpdateProjectRequest as _sightline_history_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _sightline_history_v1_UpdateProjectRequest__Output } from './sightline/history/v1/UpdateProjectRequest';
import type { Webhook as _sightline_history_v1_Webhook, Webhook__Output as _sightline_history_v1_Webhook__Output } from './sightline/history/v1/Webhook';
import type { WebhookDelivery as _sightline_history_v1_WebhookDelivery, WebhookDelivery__Output as _sightline_history_v1_WebhookDelivery__Output } from './sightline/history/v1/WebhookDelivery';
import type { WebhookIdRequest as _sightline_history_v1_WebhookIdRequest, WebhookIdRequest__Output as _sightline_history_v1_WebhookIdRequest__Output } from './sightline/history/v1/WebhookIdRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sightline: {
    history: {
      v1: {
        ClaimUnpredictedRequest: MessageTypeDefinition<_sightline_history_v1_ClaimUnpredictedRequest, _sightline_history_v1_ClaimUnpredictedRequest__Output>
        ClaimUnpredictedResponse: MessageTypeDefinition<_sightline_history_v1_ClaimUnpredictedResponse, _sightline_history_v1_ClaimUnpredictedResponse__Output>
        ClaimedImage: MessageTypeDefinition<_sightline_history_v1_ClaimedImage, _sightline_history_v1_ClaimedImage__Output>
        CountLabelsRequest: MessageTypeDefinition<_sightline_history_v1_CountLabelsRequest, _sightline_history_v1_CountLabelsRequest__Output>
        CountLabelsResponse: MessageTypeDefinition<_sightline_history_v1_CountLabelsResponse, _sightline_history_v1_CountLabelsResponse__Output>
        CreateProjectRequest: MessageTypeDefinition<_sightline_history_v1_CreateProjectRequest, _sightline_history_v1_CreateProjectRequest__Output>
        CreateWebhookRequest: MessageTypeDefinition<_sightline_history_v1_CreateWebhookRequest, _sightline_history_v1_CreateWebhookRequest__Output>
        EmitEventRequest: MessageTypeDefinition<_sightline_history_v1_EmitEventRequest, _sightline_history_v1_EmitEventRequest__Output>
        Empty: MessageTypeDefinition<_sightline_history_v1_Empty, _sightline_history_v1_Empty__Output>
        ExportChunk: MessageTypeDefinition<_sightline_history_v1_ExportChunk, _sightline_history_v1_ExportChunk__Output>
        ExportRequest: MessageTypeDefinition<_sightline_history_v1_ExportRequest, _sightline_history_v1_ExportRequest__Output>
        FeedbackRequest: MessageTypeDefinition<_sightline_history_v1_FeedbackRequest, _sightline_history_v1_FeedbackRequest__Output>
        FeedbackResponse: MessageTypeDefinition<_sightline_history_v1_FeedbackResponse, _sightline_history_v1_FeedbackResponse__Output>
        History: SubtypeConstructor<typeof grpc.Client, _sightline_history_v1_HistoryClient> & { service: _sightline_history_v1_HistoryDefinition }
        HourCount: MessageTypeDefinition<_sightline_history_v1_HourCount, _sightline_history_v1_HourCount__Output>
        Image: MessageTypeDefinition<_sightline_history_v1_Image, _sightline_history_v1_Image__Output>
        ImageContent: MessageTypeDefinition<_sightline_history_v1_ImageContent, _sightline_history_v1_ImageContent__Output>
        ImageContentRequest: MessageTypeDefinition<_sightline_history_v1_ImageContentRequest, _sightline_history_v1_ImageContentRequest__Output>
        ImageIdRequest: MessageTypeDefinition<_sightline_history_v1_ImageIdRequest, _sightline_history_v1_ImageIdRequest__Output>
        ImagePredictionsResponse: MessageTypeDefinition<_sightline_history_v1_ImagePredictionsResponse, _sightline_history_v1_ImagePredictionsResponse__Output>
        ImageUpload: MessageTypeDefinition<_sightline_history_v1_ImageUpload, _sightline_history_v1_ImageUpload__Output>
        ImportChunk: MessageTypeDefinition<_sightline_history_v1_ImportChunk, _sightline_history_v1_ImportChunk__Output>
        ImportError: MessageTypeDefinition<_sightline_history_v1_ImportError, _sightline_history_v1_ImportError__Output>
        ImportIdRequest: MessageTypeDefinition<_sightline_history_v1_ImportIdRequest, _sightline_history_v1_ImportIdRequest__Output>
        ImportJob: MessageTypeDefinition<_sightline_history_v1_ImportJob, _sightline_history_v1_ImportJob__Output>
        LabelCount: MessageTypeDefinition<_sightline_history_v1_LabelCount, _sightline_history_v1_LabelCount__Output>
        LabelEntry: MessageTypeDefinition<_sightline_history_v1_LabelEntry, _sightline_history_v1_LabelEntry__Output>
        LabelHistoryResponse: MessageTypeDefinition<_sightline_history_v1_LabelHistoryResponse, _sightline_history_v1_LabelHistoryResponse__Output>
        LabeledImage: MessageTypeDefinition<_sightline_history_v1_LabeledImage, _sightline_history_v1_LabeledImage__Output>
        LabeledImagesRequest: MessageTypeDefinition<_sightline_history_v1_LabeledImagesRequest, _sightline_history_v1_LabeledImagesRequest__Output>
        LabeledImagesResponse: MessageTypeDefinition<_sightline_history_v1_LabeledImagesResponse, _sightline_history_v1_LabeledImagesResponse__Output>
        ListDeliveriesResponse: MessageTypeDefinition<_sightline_history_v1_ListDeliveriesResponse, _sightline_history_v1_ListDeliveriesResponse__Output>
        ListImagesRequest: MessageTypeDefinition<_sightline_history_v1_ListImagesRequest, _sightline_history_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_sightline_history_v1_ListImagesResponse, _sightline_history_v1_ListImagesResponse__Output>
        ListImportsRequest: MessageTypeDefinition<_sightline_history_v1_ListImportsRequest, _sightline_history_v1_ListImportsRequest__Output>
        ListImportsResponse: MessageTypeDefinition<_sightline_history_v1_ListImportsResponse, _sightline_history_v1_ListImportsResponse__Output>
        ListPredictionJobsRequest: MessageTypeDefinition<_sightline_history_v1_ListPredictionJobsRequest, _sightline_history_v1_ListPredictionJobsRequest__Output>
        ListPredictionJobsResponse: MessageTypeDefinition<_sightline_history_v1_ListPredictionJobsResponse, _sightline_history_v1_ListPredictionJobsResponse__Output>
        ListPredictionsRequest: MessageTypeDefinition<_sightline_history_v1_ListPredictionsRequest, _sightline_history_v1_ListPredictionsRequest__Output>
        ListPredictionsResponse: MessageTypeDefinition<_sightline_history_v1_ListPredictionsResponse, _sightline_history_v1_ListPredictionsResponse__Output>
        ListProjectsRequest: MessageTypeDefinition<_sightline_history_v1_ListProjectsRequest, _sightline_history_v1_ListProjectsRequest__Output>
        ListProjectsResponse: MessageTypeDefinition<_sightline_history_v1_ListProjectsResponse, _sightline_history_v1_ListProjectsResponse__Output>
        ListWebhooksRequest: MessageTypeDefinition<_sightline_history_v1_ListWebhooksRequest, _sightline_history_v1_ListWebhooksRequest__Output>
        ListWebhooksResponse: MessageTypeDefinition<_sightline_history_v1_ListWebhooksResponse, _sightline_history_v1_ListWebhooksResponse__Output>
        Prediction: MessageTypeDefinition<_sightline_history_v1_Prediction, _sightline_history_v1_Prediction__Output>
        PredictionFilter: MessageTypeDefinition<_sightline_history_v1_PredictionFilter, _sightline_history_v1_PredictionFilter__Output>
        PredictionInput: MessageTypeDefinition<_sightline_history_v1_PredictionInput, _sightline_history_v1_PredictionInput__Output>
        PredictionJob: MessageTypeDefinition<_sightline_history_v1_PredictionJob, _sightline_history_v1_PredictionJob__Output>
        PredictionWithImage: MessageTypeDefinition<_sightline_history_v1_PredictionWithImage, _sightline_history_v1_PredictionWithImage__Output>
        Project: MessageTypeDefinition<_sightline_history_v1_Project, _sightline_history_v1_Project__Output>
        ProjectIdRequest: MessageTypeDefinition<_sightline_history_v1_ProjectIdRequest, _sightline_history_v1_ProjectIdRequest__Output>
        ProjectStats: MessageTypeDefinition<_sightline_history_v1_ProjectStats, _sightline_history_v1_ProjectStats__Output>
        ProjectStatsRequest: MessageTypeDefinition<_sightline_history_v1_ProjectStatsRequest, _sightline_history_v1_ProjectStatsRequest__Output>
        RecordPredictionsRequest: MessageTypeDefinition<_sightline_history_v1_RecordPredictionsRequest, _sightline_history_v1_RecordPredictionsRequest__Output>
        RecordPredictionsResponse: MessageTypeDefinition<_sightline_history_v1_RecordPredictionsResponse, _sightline_history_v1_RecordPredictionsResponse__Output>
        RecordedPrediction: MessageTypeDefinition<_sightline_history_v1_RecordedPrediction, _sightline_history_v1_RecordedPrediction__Output>
        RetentionRequest: MessageTypeDefinition<_sightline_history_v1_RetentionRequest, _sightline_history_v1_RetentionRequest__Output>
        RetentionResult: MessageTypeDefinition<_sightline_history_v1_RetentionResult, _sightline_history_v1_RetentionResult__Output>
        ReviewItem: MessageTypeDefinition<_sightline_history_v1_ReviewItem, _sightline_history_v1_ReviewItem__Output>
        ReviewQueueRequest: MessageTypeDefinition<_sightline_history_v1_ReviewQueueRequest, _sightline_history_v1_ReviewQueueRequest__Output>
        ReviewQueueResponse: MessageTypeDefinition<_sightline_history_v1_ReviewQueueResponse, _sightline_history_v1_ReviewQueueResponse__Output>
        ReviewStats: MessageTypeDefinition<_sightline_history_v1_ReviewStats, _sightline_history_v1_ReviewStats__Output>
        ReviewStatsRequest: MessageTypeDefinition<_sightline_history_v1_ReviewStatsRequest, _sightline_history_v1_ReviewStatsRequest__Output>
        SetLabelRequest: MessageTypeDefinition<_sightline_history_v1_SetLabelRequest, _sightline_history_v1_SetLabelRequest__Output>
        StartPredictionJobRequest: MessageTypeDefinition<_sightline_history_v1_StartPredictionJobRequest, _sightline_history_v1_StartPredictionJobRequest__Output>
        StoreImagesRequest: MessageTypeDefinition<_sightline_history_v1_StoreImagesRequest, _sightline_history_v1_StoreImagesRequest__Output>
        StoreImagesResponse: MessageTypeDefinition<_sightline_history_v1_StoreImagesResponse, _sightline_history_v1_StoreImagesResponse__Output>
        UpdatePredictionJobRequest: MessageTypeDefinition<_sightline_history_v1_UpdatePredictionJobRequest, _sightline_history_v1_UpdatePredictionJobRequest__Output>
        UpdateProjectRequest: MessageTypeDefinition<_sightline_history_v1_UpdateProjectRequest, _sightline_history_v1_UpdateProjectRequest__Output>
        Webhook: MessageTypeDefinition<_sightline_history_v1_Webhook, _sightline_history_v1_Webhook__Output>
        WebhookDelivery: MessageTypeDefinition<_sightline_history_v1_WebhookDelivery, _sightline_history_v1_WebhookDelivery__Output>
        WebhookIdRequest: MessageTypeDefinition<_sightline_history_v1_WebhookIdRequest, _sightline_history_v1_WebhookIdRequest__Output>
      }
    }
  }
}

