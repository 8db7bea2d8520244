import { Injectable } from '@nestjs/common';
import type { HistoryV1 } from '@sightline/contracts';
import { DomainError, ErrorCode, ImageDto, ImagePageDto, LabelEntryDto, ListImagesQueryDto } from '@sightline/contracts';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles.decorator';
import { HistoryRepository } from '../projects/history.repository';

// gRPC messages carry their own size limit; larger batches should be split by the client.
const MAX_BATCH_BYTES = 100 * 1024 * 1024;

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

export function toImageDto(image: HistoryV1.Image__Output): ImageDto {
  return {
    id: image.id,
    projectId: image.projectId,
    sha256: image.sha256,
    source: image.source,
    sourceId: image.sourceId || null,
    capturedAt: image.capturedAt,
    width: image.width,
    height: image.height,
    mime: image.mime,
    size: image.size,
    label: image.label || null,
    labeledAt: image.labeledAt || null,
    createdAt: image.createdAt,
    duplicate: image.duplicate,
    split: image.split || null,
  };
}

@Injectable()
export class ImagesService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Principal, projectId: string, files: UploadedFile[] | undefined, label: string | undefined): Promise<ImageDto[]> {
    if (!files || files.length === 0) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no files: send multipart/form-data with one or more images in the field "file"');
    }
    const total = files.reduce((sum, f) => sum + f.buffer.length, 0);
    if (total > MAX_BATCH_BYTES) {
      throw new DomainError(ErrorCode.PayloadTooLarge, `${total} bytes in one request is more than ${MAX_BATCH_BYTES}: split the upload`);
    }
    const images = await this.history.storeImages({
      projectId,
      files: files.map((f) => ({ content: f.buffer, filename: f.originalname })),
      label: label ?? '',
      source: 'upload',
      author: actor.name,
    });
    return images.map(toImageDto);
  }

  async list(projectId: string, query: ListImagesQueryDto): Promise<ImagePageDto> {
    const page = await this.history.listImages({
      projectId,
      label: query.label ?? '',
      labeled: query.labeled ?? '',
      predicted: query.predicted ?? '',
      from: query.from ?? '',
      to: query.to ?? '',
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
    return { items: page.items.map(toImageDto), total: page.total, page: page.page, pageSize: page.pageSize };
  }

  async get(id: string): Promise<ImageDto> {
    return toImageDto(await this.history.getImage(id));
  }

  content(id: string, thumbnail: boolean): Promise<HistoryV1.ImageContent__Output> {
    return this.history.getImageContent(id, thumbnail);
  }

  async setLabel(actor: Principal, id: string, label: string): Promise<ImageDto> {
    const before = await this.history.getImage(id);
    const image = await this.history.setLabel({ imageId: id, label, origin: 'review', author: actor.name });
    await this.audit.record({
      actor: actor.name,
      action: 'image.label',
      targetType: 'image',
      targetId: id,
      projectId: image.projectId,
      details: { from: before.label || null, to: image.label },
    });
    return toImageDto(image);
  }

  async labels(id: string): Promise<LabelEntryDto[]> {
    return (await this.history.labelHistory(id)).map((l) => ({ label: l.label, origin: l.origin, author: l.author || null, createdAt: l.createdAt }));
  }
}
