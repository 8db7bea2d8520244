import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CameraDto, CaptureDto, CreateCameraDto, ErrorDto, IdParamDto, UpdateCameraDto } from '@sightline/contracts';
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
  @ApiConflictResponse({ type: ErrorDto, description: 'This kind of camera cannot capture in this version' })
  @ApiServiceUnavailableResponse({ type: ErrorDto, description: 'The camera did not answer' })
  captureCamera(@Param() params: IdParamDto): Promise<CaptureDto> {
    return this.cameras.capture(params.id);
  }
}
