import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiSecurity,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CameraDto, CaptureDto, CreateCameraDto, ErrorDto, IdParamDto, PostFrameDto, TestCameraDto, UpdateCameraDto } from '@sightline/contracts';
import type { Response } from 'express';
import type { UploadedFile as UploadedImage } from '../images/images.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { CamerasService } from './cameras.service';

@ApiTags('cameras')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class CamerasController {
  constructor(private readonly cameras: CamerasService) {}

  @Post('projects/:id/cameras')
  @ApiCreatedResponse({ type: CameraDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  createCamera(@Param() params: IdParamDto, @Body() body: CreateCameraDto, @CurrentPrincipal() principal: Principal): Promise<CameraDto> {
    return this.cameras.create(principal, params.id, body);
  }

  @Get('projects/:id/cameras')
  @ApiOkResponse({ type: [CameraDto] })
  listCameras(@Param() params: IdParamDto): Promise<CameraDto[]> {
    return this.cameras.list(params.id);
  }

  @Get('cameras/:id')
  @ApiOkResponse({ type: CameraDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getCamera(@Param() params: IdParamDto): Promise<CameraDto> {
    return this.cameras.get(params.id);
  }

  @Patch('cameras/:id')
  @ApiOkResponse({ type: CameraDto })
  updateCamera(@Param() params: IdParamDto, @Body() body: UpdateCameraDto, @CurrentPrincipal() principal: Principal): Promise<CameraDto> {
    return this.cameras.update(principal, params.id, body);
  }

  @Delete('cameras/:id')
  @HttpCode(204)
  async deleteCamera(@Param() params: IdParamDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.cameras.delete(principal, params.id);
  }

  /** Takes one frame now and stores it in the project's history. */
  @Post('cameras/:id/capture')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CaptureDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The camera is disabled, or a webcam (its frames come from the browser)' })
  @ApiServiceUnavailableResponse({ type: ErrorDto, description: 'The camera did not answer, or sent something that is not an image' })
  captureCamera(@Param() params: IdParamDto): Promise<CaptureDto> {
    return this.cameras.capture(params.id);
  }

  /** One frame from these settings (a camera not saved yet, or a saved one), returned as the image; nothing is stored. */
  @Post('projects/:id/cameras/test')
  @HttpCode(200)
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/gif')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Bad kind, URL or path (outside CAMERA_FOLDER_ROOTS)' })
  @ApiServiceUnavailableResponse({ type: ErrorDto, description: 'The camera did not answer, or sent something that is not an image' })
  async testCamera(@Param() params: IdParamDto, @Body() body: TestCameraDto, @Res() response: Response): Promise<void> {
    const frame = await this.cameras.test(params.id, body);
    response.setHeader('Content-Type', frame.mime);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(frame.content);
  }

  /** A frame from the browser for a webcam camera, stored with an optional label, predicted when `predict` is true. */
  @Post('cameras/:id/frames')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PostFrameDto })
  @ApiCreatedResponse({ type: CaptureDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'No file, not an image, unknown label' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not a webcam camera, or disabled' })
  postCameraFrame(@Param() params: IdParamDto, @UploadedFile() file: UploadedImage | undefined, @Body() body: Record<string, unknown>): Promise<CaptureDto> {
    const label = typeof body['label'] === 'string' ? body['label'] : '';
    return this.cameras.postFrame(params.id, file, label, body['predict'] === 'true');
  }
}
