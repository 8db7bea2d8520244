import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { ProjectsService, ProjectView } from './projects.service';

@Controller()
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @GrpcMethod('History', 'CreateProject')
  createProject(request: HistoryV1.CreateProjectRequest__Output): Promise<ProjectView> {
    return this.projects.create(request.name, request.labels);
  }

  @GrpcMethod('History', 'ListProjects')
  async listProjects(): Promise<HistoryV1.ListProjectsResponse> {
    return { projects: await this.projects.list() };
  }

  @GrpcMethod('History', 'GetProject')
  getProject(request: HistoryV1.ProjectIdRequest__Output): Promise<ProjectView> {
    return this.projects.get(request.id);
  }

  @GrpcMethod('History', 'UpdateProject')
  updateProject(request: HistoryV1.UpdateProjectRequest__Output): Promise<ProjectView> {
    return this.projects.update(request.id, {
      name: request.name,
      labels: request.hasLabels ? request.labels : undefined,
      confidenceThreshold: request.confidenceThreshold,
      classThresholds: request.hasClassThresholds ? request.classThresholds : undefined,
      autoRetrainLabels: request.autoRetrainLabels,
      retentionDays: request.retentionDays,
      retentionGb: request.retentionGb,
    });
  }

  @GrpcMethod('History', 'CountLabelsSince')
  async countLabelsSince(request: HistoryV1.CountLabelsRequest__Output): Promise<HistoryV1.CountLabelsResponse> {
    return { count: await this.projects.countLabelsSince(request.projectId, request.since) };
  }
}
