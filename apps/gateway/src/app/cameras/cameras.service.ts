import { Injectable } from '@nestjs/common';
import type { CameraV1 } from '@sightline/contracts';
import { CameraDto, CaptureDto, CreateCameraDto, DomainError, ErrorCode, TestCameraDto, UpdateCameraDto } from '@sightline/contracts';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import type { UploadedFile } from '../images/images.service';
import { HistoryRepository } from '../projects/history.repository';

function toCameraDto(camera: CameraV1.CameraRecord__Output): CameraDto {
  const schedule = camera.schedule && (camera.schedule.everySeconds || camera.schedule.cron) ? camera.schedule : null;
  return {
    id: camera.id,
    projectId: camera.projectId,
    name: camera.name,
    kind: camera.kind,
    url: camera.url || null,
    path: camera.path || null,
    schedule: schedule ? { ...(schedule.everySeconds ? { everySeconds: schedule.everySeconds } : {}), ...(schedule.cron ? { cron: schedule.cron } : {}) } : null,
    enabled: camera.enabled,
    status: camera.status,
    lastError: camera.lastError || null,
    lastCaptureAt: camera.lastCaptureAt || null,
    consecutiveFailures: camera.consecutiveFailures,
    createdAt: camera.createdAt,
    predictOnCapture: camera.predictOnCapture,
    capturesToday: camera.capturesToday,
    lastImageId: camera.lastImageId || null,
    nextCaptureAt: camera.nextCaptureAt || null,
    headers: camera.headers ?? {},
  };
}

/** Header values must be strings; the camera service checks names and lengths. */
function checkedHeaders(headers: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (headers === undefined) {
    return undefined;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') {
      throw new DomainError(ErrorCode.InvalidArgument, `headers.${name} must be a string`);
    }
  }
  return headers as Record<string, string>;
}

function toCaptureDto(capture: CameraV1.CaptureResponse__Output): CaptureDto {
  return {
    cameraId: capture.cameraId,
    imageId: capture.imageId,
    capturedAt: capture.capturedAt,
    duplicate: capture.duplicate,
    stored: capture.stored,
    spooled: capture.spooled,
    predictionLabel: capture.predictionLabel || null,
    predictionConfidence: capture.predictionLabel ? capture.predictionConfidence : null,
    predictionError: capture.predictionError || null,
  };
}

@Injectable()
export class CamerasService {
  constructor(
    private readonly clients: ServiceClients,
    private readonly history: HistoryRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, projectId: string, body: CreateCameraDto): Promise<CameraDto> {
    const camera = await this.clients.camera.call<CameraV1.CameraRecord__Output>('CreateCamera', {
      projectId,
      name: body.name,
      kind: body.kind,
      url: body.url ?? '',
      path: body.path ?? '',
      schedule: { everySeconds: body.schedule?.everySeconds ?? 0, cron: body.schedule?.cron ?? '' },
      enabled: body.enabled ?? true,
      predictOnCapture: body.predictOnCapture ?? false,
      headers: checkedHeaders(body.headers) ?? {},
    });
    await this.audit.record({ actor: actor.name, action: 'camera.create', targetType: 'camera', targetId: camera.id, projectId, details: { name: camera.name, kind: camera.kind } });
    return toCameraDto(camera);
  }

  async list(projectId: string): Promise<CameraDto[]> {
    await this.history.getProject(projectId);
    const reply = await this.clients.camera.call<CameraV1.ListCamerasResponse__Output>('ListCameras', { projectId }, { retry: true });
    return reply.cameras.map(toCameraDto);
  }

  async get(id: string): Promise<CameraDto> {
    return toCameraDto(await this.clients.camera.call('GetCamera', { id }, { retry: true }));
  }

  async update(actor: Principal, id: string, body: UpdateCameraDto): Promise<CameraDto> {
    const camera = await this.clients.camera.call<CameraV1.CameraRecord__Output>('UpdateCamera', {
      id,
      name: body.name,
      url: body.url,
      path: body.path,
      hasSchedule: body.schedule !== undefined,
      schedule: { everySeconds: body.schedule?.everySeconds ?? 0, cron: body.schedule?.cron ?? '' },
      enabled: body.enabled,
      predictOnCapture: body.predictOnCapture,
      hasHeaders: body.headers !== undefined,
      headers: checkedHeaders(body.headers) ?? {},
    });
    const { url, headers, ...safe } = body;
    await this.audit.record({
      actor: actor.name,
      action: 'camera.update',
      targetType: 'camera',
      targetId: id,
      projectId: camera.projectId,
      details: { ...safe, urlChanged: url !== undefined, headersChanged: headers !== undefined },
    });
    return toCameraDto(camera);
  }

  async delete(actor: Principal, id: string): Promise<void> {
    const camera = await this.clients.camera.call<CameraV1.CameraRecord__Output>('GetCamera', { id }, { retry: true });
    await this.clients.camera.call('DeleteCamera', { id });
    await this.audit.record({ actor: actor.name, action: 'camera.delete', targetType: 'camera', targetId: id, projectId: camera.projectId, details: { name: camera.name } });
  }

  async capture(id: string): Promise<CaptureDto> {
    return toCaptureDto(await this.clients.camera.call<CameraV1.CaptureResponse__Output>('Capture', { id }, { deadlineMs: 60_000 }));
  }

  async test(projectId: string, body: TestCameraDto): Promise<{ content: Buffer; mime: string }> {
    if (!body.cameraId && !body.kind) {
      throw new DomainError(ErrorCode.InvalidArgument, 'kind is required (or cameraId of a saved camera)');
    }
    await this.history.getProject(projectId);
    const reply = await this.clients.camera.call<CameraV1.TestCameraResponse__Output>(
      'TestCamera',
      {
        projectId,
        kind: body.kind ?? '',
        url: body.url ?? '',
        path: body.path ?? '',
        cameraId: body.cameraId ?? '',
        hasHeaders: body.headers !== undefined,
        headers: checkedHeaders(body.headers) ?? {},
      },
      { deadlineMs: 60_000 },
    );
    return { content: reply.content, mime: reply.mime };
  }

  async postFrame(id: string, file: UploadedFile | undefined, label: string, predict: boolean): Promise<CaptureDto> {
    if (!file) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no frame: send multipart/form-data with the image in the field "file"');
    }
    return toCaptureDto(
      await this.clients.camera.call<CameraV1.CaptureResponse__Output>('PostFrame', { id, content: file.buffer, filename: file.originalname, label, predict }, { deadlineMs: 30_000 }),
    );
  }
}
