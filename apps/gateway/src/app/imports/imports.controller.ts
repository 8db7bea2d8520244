import { Controller, Get, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiSecurity, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { HistoryV1 } from '@sightline/contracts';
import { DomainError, ErrorCode, ErrorDto, IdParamDto, ImportJobDto, ImportUploadDto } from '@sightline/contracts';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import { uploadChunks, ZipUploadInterceptor } from './zip-upload.interceptor';

function toImportDto(job: HistoryV1.ImportJob__Output): ImportJobDto {
  return { ...job, error: job.error || null, finishedAt: job.finishedAt || null };
}

@ApiTags('imports')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class ImportsController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  /** Imports a zip of labeled images in the background; poll GET /imports/:id for progress. */
  @Post('projects/:id/imports')
  @HttpCode(202)
  @UseInterceptors(ZipUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiAcceptedResponse({ type: ImportJobDto })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorDto, description: 'Not a zip' })
  @ApiPayloadTooLargeResponse({ type: ErrorDto, description: 'More than MAX_IMPORT_BYTES' })
  async createImport(@Param() params: IdParamDto, @Req() request: Request, @CurrentPrincipal() principal: Principal): Promise<ImportJobDto> {
    const file = (request as Request & { file?: { path: string; originalname: string } }).file;
    if (!file) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no file: send the zip as multipart/form-data in the field "file"');
    }
    const chunks = uploadChunks(file.path, { projectId: params.id, filename: file.originalname, author: principal.name });
    const job = await this.clients.history.clientStream<HistoryV1.ImportJob__Output>('StartImport', chunks, { deadlineMs: 600_000 });
    await this.audit.record({ actor: principal.name, action: 'import.start', targetType: 'import', targetId: job.id, projectId: params.id, details: { filename: job.filename } });
    return toImportDto(job);
  }

  @Get('projects/:id/imports')
  @ApiOkResponse({ type: [ImportJobDto] })
  async listImports(@Param() params: IdParamDto): Promise<ImportJobDto[]> {
    const reply = await this.clients.history.call<HistoryV1.ListImportsResponse__Output>('ListImports', { projectId: params.id }, { retry: true });
    return reply.imports.map(toImportDto);
  }

  @Get('imports/:id')
  @ApiOkResponse({ type: ImportJobDto })
  async getImport(@Param() params: IdParamDto): Promise<ImportJobDto> {
    return toImportDto(await this.clients.history.call('GetImport', { id: params.id }, { retry: true }));
  }
}
