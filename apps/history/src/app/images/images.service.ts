import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, IMAGE_SOURCES, LABEL_ORIGINS } from '@sightline/contracts';
import { ImageEntity, LabelEntity, ProjectEntity } from '@sightline/persistence';
import { BlobNotFoundError, BlobStore, imageKey, thumbnailKey } from '@sightline/storage';
import { createHash } from 'node:crypto';
import { ProjectsService } from '../projects/projects.service';
import { BLOB_STORE } from './blob-store.provider';
import { ImageDecoderRepository, type InspectedImage } from './image-decoder.repository';
import { ImageFilter, ImageRepository } from './image.repository';

export interface ImageView {
  id: string;
  projectId: string;
  sha256: string;
  source: string;
  sourceId: string;
  capturedAt: string;
  width: number;
  height: number;
  mime: string;
  size: number;
  label: string;
  labeledAt: string;
  createdAt: string;
  duplicate: boolean;
  split: string;
}

export interface Upload {
  content: Buffer;
  filename: string;
}

/** One file of an imported data set: its label and split come from its folder. */
export interface ImportedFile extends Upload {
  label: string;
  split: string | null;
}

export interface StoreRequest {
  projectId: string;
  files: Upload[];
  label?: string;
  /** train | test, from an imported data set's layout. */
  split?: string;
  source?: string;
  sourceId?: string;
  author?: string;
  /** ISO 8601: when a spooled capture was taken; never later than now. */
  capturedAt?: string;
}

const MAX_PAGE_SIZE = 200;

@Injectable()
export class ImagesService {
  private readonly logger = new Logger(ImagesService.name);

  constructor(
    private readonly images: ImageRepository,
    private readonly decoder: ImageDecoderRepository,
    private readonly projects: ProjectsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  /**
   * Every file is decoded and checked before anything is stored, so a bad file in a batch stores
   * nothing. Blobs are written before rows: a crash leaves at most an unreferenced blob, never a row
   * without its bytes.
   */
  async store(request: StoreRequest): Promise<ImageView[]> {
    const project = await this.projects.require(request.projectId);
    if (request.files.length === 0) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no files: send one or more images in the multipart field "file"');
    }
    const label = request.label ? this.checkLabel(project, request.label) : undefined;
    const source = request.source || 'upload';
    if (!(IMAGE_SOURCES as readonly string[]).includes(source)) {
      throw new DomainError(ErrorCode.InvalidArgument, `source must be one of ${IMAGE_SOURCES.join(', ')}`);
    }
    const capturedAt = request.capturedAt ? new Date(request.capturedAt) : undefined;
    if (capturedAt && (Number.isNaN(capturedAt.getTime()) || capturedAt.getTime() > Date.now() + 60_000)) {
      throw new DomainError(ErrorCode.InvalidArgument, 'capturedAt must be an ISO 8601 time that is not in the future');
    }
    const decoded = [];
    for (const file of request.files) {
      const name = file.filename || 'file';
      decoded.push({ file, image: await this.decoder.decode(file.content, name), sha256: createHash('sha256').update(file.content).digest('hex') });
    }
    const stored: ImageView[] = [];
    for (const { file, image, sha256 } of decoded) {
      const existing = await this.images.findBySha(project.id, sha256);
      if (existing) {
        const current = label && existing.label !== label ? await this.images.addLabel(existing, this.labelRow(existing, label, 'upload', request.author)) : existing;
        stored.push(this.view(current, true));
        continue;
      }
      await this.blobs.put(imageKey(sha256, image.ext), file.content);
      await this.blobs.put(thumbnailKey(sha256), image.thumbnail);
      const row = this.newRow(project.id, sha256, image, file.content.length, { source, sourceId: request.sourceId, capturedAt, label, split: request.split });
      try {
        await this.images.insert(row, label ? this.labelRow(row, label, source === 'import' ? 'import' : 'upload', request.author) : undefined);
        stored.push(this.view(row, false));
      } catch (error) {
        // Two uploads of the same bytes raced; the other one's row is the image.
        const winner = await this.images.findBySha(project.id, sha256);
        if (!winner) {
          throw error;
        }
        stored.push(this.view(winner, true));
      }
    }
    return stored;
  }

  /**
   * Stores the files of an imported data set, each with its own label and split, with one query for
   * the duplicates and one transaction for all the new rows (the import's speed is in these round
   * trips). Files are decoded and their blobs written concurrently, blobs before rows as in `store`;
   * their thumbnails are made when first shown (a training set's images mostly never are).
   * A file that is not a usable image gets its DomainError in its place; the others are still stored.
   */
  async storeImported(projectId: string, files: readonly ImportedFile[], origin: { sourceId: string; author?: string }): Promise<Array<{ duplicate: boolean } | { error: DomainError }>> {
    const project = await this.projects.require(projectId);
    const results: Array<{ duplicate: boolean } | { error: DomainError }> = new Array(files.length);
    const decoded = await Promise.all(
      files.map(async (file, i) => {
        try {
          const label = this.checkLabel(project, file.label);
          const image = await this.decoder.inspect(file.content, file.filename || 'file');
          return { i, file, label, image, sha256: createHash('sha256').update(file.content).digest('hex') };
        } catch (error) {
          if (!(error instanceof DomainError)) {
            throw error;
          }
          results[i] = { error };
          return undefined;
        }
      }),
    );
    const existing = new Map((await this.images.findByShas(project.id, decoded.flatMap((d) => (d ? [d.sha256] : [])))).map((e) => [e.sha256, e]));
    // New rows with their label rows (more than one when the same bytes sit in two label folders: the last one wins, as uploads in turn would).
    const fresh = new Map<ImageEntity, { index: number; labels: LabelEntity[] }>();
    const blobs: Array<Promise<void>> = [];
    for (const entry of decoded) {
      if (entry === undefined) {
        continue;
      }
      const { i, file, label, image, sha256 } = entry;
      const known = existing.get(sha256);
      if (known) {
        results[i] = { duplicate: true };
        if (known.label === label) {
          continue;
        }
        const pending = fresh.get(known);
        if (pending) {
          known.label = label;
          pending.labels.push(this.labelRow(known, label, 'import', origin.author));
        } else {
          existing.set(sha256, await this.images.addLabel(known, this.labelRow(known, label, 'import', origin.author)));
        }
        continue;
      }
      const row = this.newRow(project.id, sha256, image, file.content.length, { source: 'import', sourceId: origin.sourceId, label, split: file.split ?? undefined });
      fresh.set(row, { index: i, labels: [this.labelRow(row, label, 'import', origin.author)] });
      existing.set(sha256, row);
      blobs.push(this.blobs.put(imageKey(sha256, image.ext), file.content));
      results[i] = { duplicate: false };
    }
    await Promise.all(blobs);
    if (fresh.size === 0) {
      return results;
    }
    try {
      await this.images.insertMany([...fresh.keys()], [...fresh.values()].flatMap((f) => f.labels));
    } catch {
      // Some of the same bytes were committed first (an upload, or another chunk of this import): row by row, the ones it won are duplicates.
      for (const [row, { index, labels }] of fresh) {
        try {
          await this.images.insertMany([row], labels);
        } catch (error) {
          const winner = await this.images.findBySha(project.id, row.sha256);
          if (!winner) {
            throw error;
          }
          if (row.label !== null && winner.label !== row.label) {
            await this.images.addLabel(winner, this.labelRow(winner, row.label, 'import', origin.author));
          }
          results[index] = { duplicate: true };
        }
      }
    }
    return results;
  }

  /** Throws the DomainError `store` would for bytes that are not a usable image; stores nothing. */
  async check(content: Buffer, filename: string): Promise<void> {
    await this.decoder.inspect(content, filename);
  }

  async list(filter: ImageFilter): Promise<{ items: ImageView[]; total: number; page: number; pageSize: number }> {
    await this.projects.require(filter.projectId);
    if (filter.page < 1 || filter.pageSize < 1 || filter.pageSize > MAX_PAGE_SIZE) {
      throw new DomainError(ErrorCode.InvalidArgument, `page must be ≥ 1 and pageSize between 1 and ${MAX_PAGE_SIZE}`);
    }
    const { items, total } = await this.images.list(filter);
    return { items: items.map((i) => this.view(i, false)), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: string): Promise<ImageView> {
    return this.view(await this.require(id), false);
  }

  async content(id: string, thumbnail: boolean): Promise<{ content: Buffer; mime: string; sha256: string }> {
    const image = await this.require(id);
    if (thumbnail) {
      return { content: await this.thumbnail(image), mime: 'image/webp', sha256: image.sha256 };
    }
    return { content: await this.blobs.get(imageKey(image.sha256, image.ext)), mime: image.mime, sha256: image.sha256 };
  }

  async setLabel(imageId: string, label: string, origin: string, author?: string): Promise<ImageView> {
    const image = await this.require(imageId);
    const project = await this.projects.require(image.projectId);
    if (!(LABEL_ORIGINS as readonly string[]).includes(origin)) {
      throw new DomainError(ErrorCode.InvalidArgument, `origin must be one of ${LABEL_ORIGINS.join(', ')}`);
    }
    const checked = this.checkLabel(project, label);
    return this.view(await this.images.addLabel(image, this.labelRow(image, checked, origin, author)), false);
  }

  async labelHistory(imageId: string): Promise<Array<{ label: string; origin: string; author: string; createdAt: string }>> {
    await this.require(imageId);
    return (await this.images.labelHistory(imageId)).map((l) => ({
      label: l.label,
      origin: l.origin,
      author: l.author ?? '',
      createdAt: l.createdAt.toISOString(),
    }));
  }

  /** Every labeled image of a project, for training (the training service reads the bytes from the blob store). */
  async labeled(projectId: string): Promise<Array<{ imageId: string; label: string; split: string; sha256: string; ext: string }>> {
    await this.projects.require(projectId);
    return (await this.images.labeled(projectId)).map((i) => ({ imageId: i.id, label: i.label ?? '', split: i.split ?? '', sha256: i.sha256, ext: i.ext }));
  }

  /** Deletes blobs no image row refers to any more (after a project is deleted). */
  async removeOrphanBlobs(shas: string[]): Promise<void> {
    for (const sha256 of new Set(shas)) {
      if (!(await this.images.isShaReferenced(sha256))) {
        for (const ext of ['jpg', 'png', 'webp', 'gif', 'tiff']) {
          await this.blobs.delete(imageKey(sha256, ext));
        }
        await this.blobs.delete(thumbnailKey(sha256));
      }
    }
    this.logger.log(`checked ${shas.length} blobs after a project deletion`);
  }

  /**
   * Images that came with a prediction or an import are stored without a thumbnail: it is made on its first read, from the
   * image's bytes, and kept. A store that cannot keep it (a full disk) still answers with it.
   */
  private async thumbnail(image: ImageEntity): Promise<Buffer> {
    try {
      return await this.blobs.get(thumbnailKey(image.sha256));
    } catch (error) {
      if (!(error instanceof BlobNotFoundError)) {
        throw error;
      }
    }
    const made = await this.decoder.thumbnail(await this.blobs.get(imageKey(image.sha256, image.ext)));
    await this.blobs.put(thumbnailKey(image.sha256), made).catch((error: unknown) => this.logger.warn(`thumbnail of image ${image.id} not kept: ${(error as Error).message}`));
    return made;
  }

  private async require(id: string): Promise<ImageEntity> {
    const image = await this.images.findById(id);
    if (!image) {
      throw new DomainError(ErrorCode.NotFound, `image ${id} not found`);
    }
    return image;
  }

  private checkLabel(project: ProjectEntity, label: string): string {
    return checkProjectLabel(project, label);
  }

  private newRow(
    projectId: string,
    sha256: string,
    image: InspectedImage,
    size: number,
    fields: { source: string; sourceId?: string; capturedAt?: Date; label?: string; split?: string },
  ): ImageEntity {
    const now = new Date();
    return Object.assign(new ImageEntity(), {
      projectId,
      sha256,
      source: fields.source,
      sourceId: fields.sourceId || null,
      capturedAt: fields.capturedAt ?? now,
      width: image.width,
      height: image.height,
      mime: image.mime,
      size,
      ext: image.ext,
      label: fields.label ?? null,
      split: fields.split ?? null,
      labeledAt: fields.label ? now : null,
      createdAt: now,
    });
  }

  private labelRow(image: ImageEntity, label: string, origin: string, author?: string): LabelEntity {
    return Object.assign(new LabelEntity(), {
      imageId: image.id,
      projectId: image.projectId,
      label,
      origin,
      author: author || null,
      createdAt: new Date(),
    });
  }

  private view(image: ImageEntity, duplicate: boolean): ImageView {
    return toImageView(image, duplicate);
  }
}

export function toImageView(image: ImageEntity, duplicate = false): ImageView {
  return {
    id: image.id,
    projectId: image.projectId,
    sha256: image.sha256,
    source: image.source,
    sourceId: image.sourceId ?? '',
    capturedAt: image.capturedAt.toISOString(),
    width: image.width,
    height: image.height,
    mime: image.mime,
    size: image.size,
    label: image.label ?? '',
    labeledAt: image.labeledAt ? image.labeledAt.toISOString() : '',
    createdAt: image.createdAt.toISOString(),
    duplicate,
    split: image.split ?? '',
  };
}

/** The label, trimmed, when it is one of the project's; otherwise an InvalidArgument naming them. */
export function checkProjectLabel(project: ProjectEntity, label: string): string {
  const trimmed = label.trim();
  if (!project.labels.includes(trimmed)) {
    throw new DomainError(
      ErrorCode.InvalidArgument,
      project.labels.length === 0
        ? `project "${project.name}" has no labels yet: add "${trimmed}" to its labels first`
        : `label "${trimmed}" is not one of the project's labels (${project.labels.join(', ')})`,
    );
  }
  return trimmed;
}
