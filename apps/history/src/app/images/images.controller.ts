import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { ProjectsService } from '../projects/projects.service';
import { ImagesService, ImageView } from './images.service';

function optionalBoolean(value: string, field: string): boolean | undefined {
  switch (value) {
    case '':
      return undefined;
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new DomainError(ErrorCode.InvalidArgument, `${field} must be true or false`);
  }
}

function optionalDate(value: string, field: string): Date | undefined {
  if (!value) {
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new DomainError(ErrorCode.InvalidArgument, `${field} must be an ISO 8601 date`);
  }
  return date;
}

@Controller()
export class ImagesController {
  constructor(
    private readonly images: ImagesService,
    private readonly projects: ProjectsService,
  ) {}

  @GrpcMethod('History', 'StoreImages')
  async storeImages(request: HistoryV1.StoreImagesRequest__Output): Promise<HistoryV1.StoreImagesResponse> {
    const images = await this.images.store({
      projectId: request.projectId,
      files: request.files.map((f) => ({ content: f.content, filename: f.filename })),
      label: request.label || undefined,
      source: request.source || undefined,
      sourceId: request.sourceId || undefined,
      author: request.author || undefined,
      capturedAt: request.capturedAt || undefined,
    });
    return { images };
  }

  @GrpcMethod('History', 'ListImages')
  listImages(request: HistoryV1.ListImagesRequest__Output): Promise<HistoryV1.ListImagesResponse> {
    return this.images.list({
      projectId: request.projectId,
      label: request.label || undefined,
      labeled: optionalBoolean(request.labeled, 'labeled'),
      predicted: optionalBoolean(request.predicted, 'predicted'),
      from: optionalDate(request.from, 'from'),
      to: optionalDate(request.to, 'to'),
      page: request.page || 1,
      pageSize: request.pageSize || 50,
    });
  }

  @GrpcMethod('History', 'GetImage')
  getImage(request: HistoryV1.ImageIdRequest__Output): Promise<ImageView> {
    return this.images.get(request.id);
  }

  @GrpcMethod('History', 'GetImageContent')
  getImageContent(request: HistoryV1.ImageContentRequest__Output): Promise<HistoryV1.ImageContent> {
    return this.images.content(request.id, request.thumbnail);
  }

  @GrpcMethod('History', 'SetLabel')
  setLabel(request: HistoryV1.SetLabelRequest__Output): Promise<ImageView> {
    return this.images.setLabel(request.imageId, request.label, request.origin || 'review', request.author || undefined);
  }

  @GrpcMethod('History', 'GetLabelHistory')
  async getLabelHistory(request: HistoryV1.ImageIdRequest__Output): Promise<HistoryV1.LabelHistoryResponse> {
    return { labels: await this.images.labelHistory(request.id) };
  }

  @GrpcMethod('History', 'ListLabeledImages')
  async listLabeledImages(request: HistoryV1.LabeledImagesRequest__Output): Promise<HistoryV1.LabeledImagesResponse> {
    return { images: await this.images.labeled(request.projectId) };
  }

  @GrpcMethod('History', 'DeleteProject')
  async deleteProject(request: HistoryV1.ProjectIdRequest__Output): Promise<HistoryV1.Empty> {
    await this.images.removeOrphanBlobs(await this.projects.delete(request.id));
    return {};
  }
}
