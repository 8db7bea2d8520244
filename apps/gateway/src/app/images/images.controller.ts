import { Body, Controller, Get, Param, Post, Put, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiResponse,
  ApiSecurity,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ErrorDto, IdParamDto, ImageDto, ImagePageDto, LabelHistoryDto, ListImagesQueryDto, SetLabelDto, UploadImagesDto } from '@sightline/contracts';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ImagesService, UploadedFile } from './images.service';

export const MAX_FILES_PER_UPLOAD = 100;

@ApiTags('images')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class ImagesController {
  constructor(private readonly images: ImagesService) {}

  /** Stores images (deduplicated by SHA-256 within the project), optionally all with one label. */
  @Post('projects/:id/images')
  @UseInterceptors(FilesInterceptor('file', MAX_FILES_PER_UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImagesDto })
  @ApiCreatedResponse({ type: [ImageDto] })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'No file, wrong field, data that does not decode, unknown label' })
  @ApiPayloadTooLargeResponse({ type: ErrorDto, description: 'More than MAX_UPLOAD_BYTES or MAX_IMAGE_PIXELS' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorDto, description: 'Not an image in a supported format' })
  @ApiServiceUnavailableResponse({ type: ErrorDto, description: 'The history service or the database is unavailable; nothing was stored' })
  @ApiResponse({ status: 507, type: ErrorDto, description: 'The disk is full, or STORAGE_MIN_FREE_BYTES would be crossed; nothing was stored' })
  uploadImages(
    @Param() params: IdParamDto,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ImageDto[]> {
    const label = typeof body['label'] === 'string' && body['label'] !== '' ? body['label'] : undefined;
    return this.images.upload(principal, params.id, files, label);
  }

  @Get('projects/:id/images')
  @ApiOkResponse({ type: ImagePageDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  listImages(@Param() params: IdParamDto, @Query() query: ListImagesQueryDto): Promise<ImagePageDto> {
    return this.images.list(params.id, query);
  }

  @Get('images/:id')
  @ApiOkResponse({ type: ImageDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getImage(@Param() params: IdParamDto): Promise<ImageDto> {
    return this.images.get(params.id);
  }

  /** The stored bytes, exactly as uploaded. */
  @Get('images/:id/content')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async getImageContent(@Param() params: IdParamDto, @Res() response: Response): Promise<void> {
    this.send(response, await this.images.content(params.id, false));
  }

  /** A WebP thumbnail, at most 256 px on its longer side. */
  @Get('images/:id/thumbnail')
  @ApiProduces('image/webp')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async getImageThumbnail(@Param() params: IdParamDto, @Res() response: Response): Promise<void> {
    this.send(response, await this.images.content(params.id, true));
  }

  /** Every label the image has had, newest first. */
  @Get('images/:id/labels')
  @ApiOkResponse({ type: LabelHistoryDto })
  async getImageLabels(@Param() params: IdParamDto): Promise<LabelHistoryDto> {
    return { labels: await this.images.labels(params.id) };
  }

  /** Sets the image's label (origin `review`); the previous labels stay in its history. */
  @Put('images/:id/label')
  @ApiOkResponse({ type: ImageDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Not one of the project labels' })
  setImageLabel(@Param() params: IdParamDto, @Body() body: SetLabelDto, @CurrentPrincipal() principal: Principal): Promise<ImageDto> {
    return this.images.setLabel(principal, params.id, body.label);
  }

  private send(response: Response, content: { content: Buffer; mime: string; sha256: string }): void {
    response.setHeader('Content-Type', content.mime);
    response.setHeader('Cache-Control', 'private, max-age=86400, immutable');
    response.setHeader('ETag', `"${content.sha256}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(content.content);
  }
}
