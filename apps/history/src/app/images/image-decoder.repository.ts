import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { decodePlainPng } from '@sightline/ml/plain-png';
import sharp, { type Sharp } from 'sharp';

export interface InspectedImage {
  mime: string;
  ext: string;
  width: number;
  height: number;
}

export interface DecodedImage extends InspectedImage {
  thumbnail: Buffer;
}

const FORMATS: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
  tiff: { mime: 'image/tiff', ext: 'tiff' },
};

export const THUMBNAIL_SIZE = 256;

/** Decodes with libvips (sharp): the header first, so size limits apply before any pixel is decoded. */
@Injectable()
export class ImageDecoderRepository {
  constructor(@Inject(CONFIG) private readonly config: SightlineConfig) {}

  /** Checks the image as `inspect` does and makes its thumbnail from the same decode. */
  async decode(content: Buffer, name: string): Promise<DecodedImage> {
    const header = await this.header(content, name);
    return { ...header.image, thumbnail: await this.fullDecode(content, name, header.format, (pipeline) => thumbnail(pipeline)) };
  }

  /**
   * Checks that the bytes are a whole image within the limits and reads its format and size, without making a
   * thumbnail (`thumbnail` makes one later, from the stored bytes). Throws the DomainError `decode` would.
   */
  async inspect(content: Buffer, name: string): Promise<InspectedImage> {
    // A small plain PNG that decodes whole (every CRC, the deflate checksum, every row) is checked without libvips,
    // whose fixed cost per image is about a millisecond of CPU; anything else, or one that does not check out, goes through libvips.
    const plain = content.length <= this.config.maxUploadBytes ? decodePlainPng(content) : undefined;
    if (plain !== undefined && plain.width * plain.height <= this.config.maxImagePixels) {
      return { ...FORMATS['png'], width: plain.width, height: plain.height };
    }
    const header = await this.header(content, name);
    const { width, height } = header.image;
    // Pixels only: resizing the way a thumbnail does lets a large JPEG decode at a fraction of its size.
    await this.fullDecode(content, name, header.format, (pipeline) =>
      (width > THUMBNAIL_SIZE || height > THUMBNAIL_SIZE ? pipeline.resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside' }) : pipeline).raw().toBuffer(),
    );
    return header.image;
  }

  /** The WebP thumbnail of bytes `inspect` or `decode` accepted: at most THUMBNAIL_SIZE px on the longer side, upright. */
  thumbnail(content: Buffer): Promise<Buffer> {
    return thumbnail(sharp(content, { limitInputPixels: this.config.maxImagePixels }));
  }

  private async header(content: Buffer, name: string): Promise<{ image: InspectedImage; format: string }> {
    if (content.length === 0) {
      throw new DomainError(ErrorCode.InvalidArgument, `${name}: the file is empty`);
    }
    if (content.length > this.config.maxUploadBytes) {
      throw new DomainError(ErrorCode.PayloadTooLarge, `${name}: ${content.length} bytes is more than the ${this.config.maxUploadBytes}-byte limit`);
    }
    let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
    try {
      metadata = await sharp(content, { limitInputPixels: false }).metadata();
    } catch {
      throw new DomainError(ErrorCode.UnsupportedMediaType, `${name}: not an image in a supported format (${Object.keys(FORMATS).join(', ')})`);
    }
    const format = metadata.format ? FORMATS[metadata.format] : undefined;
    if (!format || !metadata.width || !metadata.height) {
      throw new DomainError(ErrorCode.UnsupportedMediaType, `${name}: format ${metadata.format ?? 'unknown'} is not supported (${Object.keys(FORMATS).join(', ')})`);
    }
    const pixels = metadata.width * metadata.height;
    if (pixels > this.config.maxImagePixels) {
      throw new DomainError(
        ErrorCode.PayloadTooLarge,
        `${name}: ${metadata.width}×${metadata.height} is ${pixels} pixels, more than the ${this.config.maxImagePixels}-pixel limit`,
      );
    }
    const swapped = (metadata.orientation ?? 1) >= 5;
    return {
      image: { ...format, width: swapped ? metadata.height : metadata.width, height: swapped ? metadata.width : metadata.height },
      format: metadata.format as string,
    };
  }

  /** A full decode proves the pixels are really there: truncated or corrupt data fails here. */
  private async fullDecode<T>(content: Buffer, name: string, format: string, finish: (pipeline: Sharp) => Promise<T>): Promise<T> {
    try {
      return await finish(sharp(content, { failOn: 'truncated', limitInputPixels: this.config.maxImagePixels }));
    } catch (error) {
      throw new DomainError(ErrorCode.InvalidArgument, `${name}: the ${format} data does not decode (${(error as Error).message.split('\n')[0]})`);
    }
  }
}

function thumbnail(pipeline: Sharp): Promise<Buffer> {
  return pipeline.rotate().resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
}
