import { Injectable } from '@nestjs/common';
import type { HistoryV1 } from '@sightline/contracts';
import { CreateProjectDto, RetentionResultDto, DomainError, ErrorCode, ProjectDto, UpdateProjectDto } from '@sightline/contracts';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import { HistoryRepository } from './history.repository';

export function toProjectDto(p: HistoryV1.Project__Output): ProjectDto {
  return {
    id: p.id,
    name: p.name,
    labels: p.labels,
    imageCount: Number(p.imageCount),
    confidenceThreshold: p.confidenceThreshold,
    classThresholds: p.classThresholds,
    autoRetrainLabels: p.autoRetrainLabels ?? null,
    retentionDays: p.retentionDays ?? null,
    retentionGb: p.retentionGb ?? null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, body: CreateProjectDto): Promise<ProjectDto> {
    const project = await this.history.createProject({ name: body.name, labels: body.labels ?? [] });
    await this.audit.record({ actor: actor.name, action: 'project.create', targetType: 'project', targetId: project.id, projectId: project.id, details: { name: project.name, labels: project.labels } });
    return toProjectDto(project);
  }

  async list(): Promise<ProjectDto[]> {
    return (await this.history.listProjects()).map(toProjectDto);
  }

  async get(id: string): Promise<ProjectDto> {
    return toProjectDto(await this.history.getProject(id));
  }

  async update(actor: Principal, id: string, body: UpdateProjectDto): Promise<ProjectDto> {
    const bad = Object.entries(body.classThresholds ?? {}).find(([, value]) => typeof value !== 'number');
    if (bad) {
      throw new DomainError(ErrorCode.InvalidArgument, `classThresholds.${bad[0]} must be a number between 0 and 1`);
    }
    const project = await this.history.updateProject({
      id,
      name: body.name,
      hasLabels: body.labels !== undefined,
      labels: body.labels ?? [],
      confidenceThreshold: body.confidenceThreshold,
      hasClassThresholds: body.classThresholds !== undefined,
      classThresholds: body.classThresholds ?? {},
      autoRetrainLabels: body.autoRetrainLabels === null ? -1 : body.autoRetrainLabels,
      retentionDays: body.retentionDays === null ? -1 : body.retentionDays,
      retentionGb: body.retentionGb === null ? -1 : body.retentionGb,
    });
    await this.audit.record({ actor: actor.name, action: 'project.update', targetType: 'project', targetId: id, projectId: id, details: { ...body } });
    return toProjectDto(project);
  }

  /** Applies the project's retention rules now (or counts, in a dry run); deletions are audited. */
  async runRetention(actor: string, id: string, dryRun: boolean): Promise<RetentionResultDto> {
    const result = await this.clients.history.call<HistoryV1.RetentionResult__Output>('RunRetention', { projectId: id, dryRun }, { deadlineMs: 600_000 });
    const dto = { images: result.images, bytes: Number(result.bytes), imageIds: result.imageIds, dryRun: result.dryRun };
    if (!dryRun && dto.images > 0) {
      await this.audit.record({ actor, action: 'image.delete', targetType: 'project', targetId: id, projectId: id, details: { reason: 'retention', images: dto.images, bytes: dto.bytes, imageIds: dto.imageIds } });
    }
    return dto;
  }

  async delete(actor: Principal, id: string): Promise<void> {
    const project = await this.history.getProject(id);
    // Cameras first: a camera must never outlive its project and capture into nothing.
    await this.clients.camera.call('DeleteProjectCameras', { projectId: id });
    await this.history.deleteProject(id);
    await this.audit.record({ actor: actor.name, action: 'project.delete', targetType: 'project', targetId: id, projectId: id, details: { name: project.name } });
  }
}
