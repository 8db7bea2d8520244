import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import sharp from 'sharp';

export interface DecodedImage {
  mime: string;
  ext: string;
  width: number;
  height: number;
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

  async decode(content: Buffer, name: string): Promise<DecodedImage> {
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
    // A full decode (to make the thumbnail) proves the pixels are really there: truncated or corrupt data fails here.
    let thumbnail: Buffer;
    try {
      thumbnail = await sharp(content, { failOn: 'truncated', limitInputPixels: this.config.maxImagePixels })
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
    } catch (error) {
      throw new DomainError(ErrorCode.InvalidArgument, `${name}: the ${metadata.format} data does not decode (${(error as Error).message.split('\n')[0]})`);
    }
    const swapped = (metadata.orientation ?? 1) >= 5;
    return {
      ...format,
      width: swapped ? metadata.height : metadata.width,
      height: swapped ? metadata.width : metadata.height,
      thumbnail,
    };
  }
}
