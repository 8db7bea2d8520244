import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { ProjectEntity } from '@sightline/persistence';
import { ProjectRepository } from './project.repository';

export interface ProjectView {
  id: string;
  name: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  imageCount: number;
  confidenceThreshold: number;
  classThresholds: Record<string, number>;
  autoRetrainLabels?: number;
  retentionDays?: number;
  retentionGb?: number;
}

function checkThreshold(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new DomainError(ErrorCode.InvalidArgument, `${what} must be between 0 and 1`);
  }
  return value;
}

export function normalizeLabels(labels: string[]): string[] {
  const cleaned = labels.map((l) => l.trim());
  const bad = cleaned.find((l) => l.length === 0 || l.length > 100);
  if (bad !== undefined) {
    throw new DomainError(ErrorCode.InvalidArgument, 'labels must be 1 to 100 characters long');
  }
  const duplicate = cleaned.find((l, i) => cleaned.indexOf(l) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(ErrorCode.InvalidArgument, `label "${duplicate}" is listed twice`);
  }
  return cleaned;
}

@Injectable()
export class ProjectsService {
  constructor(private readonly projects: ProjectRepository) {}

  async create(name: string, labels: string[]): Promise<ProjectView> {
    const trimmed = this.validName(name);
    if (await this.projects.findByName(trimmed)) {
      throw new DomainError(ErrorCode.AlreadyExists, `a project named "${trimmed}" already exists`);
    }
    const now = new Date();
    const saved = await this.projects.save(
      Object.assign(new ProjectEntity(), { name: trimmed, labels: normalizeLabels(labels), createdAt: now, updatedAt: now }),
    );
    return this.view(saved, 0);
  }

  async list(): Promise<ProjectView[]> {
    const projects = await this.projects.list();
    const counts = await this.projects.imageCounts(projects.map((p) => p.id));
    return projects.map((p) => this.view(p, counts.get(p.id) ?? 0));
  }

  async get(id: string): Promise<ProjectView> {
    const project = await this.require(id);
    const counts = await this.projects.imageCounts([id]);
    return this.view(project, counts.get(id) ?? 0);
  }

  async update(
    id: string,
    changes: {
      name?: string;
      labels?: string[];
      confidenceThreshold?: number;
      classThresholds?: Record<string, number>;
      autoRetrainLabels?: number;
      retentionDays?: number;
      retentionGb?: number;
    },
  ): Promise<ProjectView> {
    const project = await this.require(id);
    if (changes.name !== undefined) {
      const name = this.validName(changes.name);
      const other = await this.projects.findByName(name);
      if (other && other.id !== id) {
        throw new DomainError(ErrorCode.AlreadyExists, `a project named "${name}" already exists`);
      }
      project.name = name;
    }
    if (changes.labels !== undefined) {
      project.labels = normalizeLabels(changes.labels);
    }
    if (changes.confidenceThreshold !== undefined) {
      project.confidenceThreshold = checkThreshold(changes.confidenceThreshold, 'confidenceThreshold');
    }
    if (changes.classThresholds !== undefined) {
      for (const [label, value] of Object.entries(changes.classThresholds)) {
        if (!project.labels.includes(label)) {
          throw new DomainError(ErrorCode.InvalidArgument, `classThresholds: "${label}" is not one of the project's labels`);
        }
        checkThreshold(value, `classThresholds.${label}`);
      }
      project.classThresholds = changes.classThresholds;
    }
    if (changes.autoRetrainLabels !== undefined) {
      const value = changes.autoRetrainLabels;
      if (!Number.isInteger(value) || value < -1 || value > 10_000_000) {
        throw new DomainError(ErrorCode.InvalidArgument, 'autoRetrainLabels must be an integer between 0 and 10000000 (0: never), or null for the default');
      }
      project.autoRetrainLabels = value === -1 ? null : value;
    }
    if (changes.retentionDays !== undefined) {
      const value = changes.retentionDays;
      if (!Number.isInteger(value) || value === 0 || value < -1 || value > 100_000) {
        throw new DomainError(ErrorCode.InvalidArgument, 'retentionDays must be an integer between 1 and 100000, or null to keep images');
      }
      project.retentionDays = value === -1 ? null : value;
    }
    if (changes.retentionGb !== undefined) {
      const value = changes.retentionGb;
      if (!Number.isFinite(value) || (value !== -1 && (value <= 0 || value > 1_000_000))) {
        throw new DomainError(ErrorCode.InvalidArgument, 'retentionGb must be above 0 and at most 1000000, or null for no limit');
      }
      project.retentionGb = value === -1 ? null : value;
    }
    project.updatedAt = new Date();
    await this.projects.save(project);
    return this.get(id);
  }

  /** Label rows of the project created after `since`. */
  async countLabelsSince(id: string, since: string): Promise<number> {
    await this.require(id);
    const date = new Date(since);
    if (!since || Number.isNaN(date.getTime())) {
      throw new DomainError(ErrorCode.InvalidArgument, 'since must be an ISO 8601 date');
    }
    return this.projects.countLabelsSince(id, date);
  }

  async delete(id: string): Promise<string[]> {
    await this.require(id);
    return this.projects.delete(id);
  }

  async require(id: string): Promise<ProjectEntity> {
    const project = await this.projects.findById(id);
    if (!project) {
      throw new DomainError(ErrorCode.NotFound, `project ${id} not found`);
    }
    return project;
  }

  private validName(name: string): string {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) {
      throw new DomainError(ErrorCode.InvalidArgument, 'name must be 1 to 200 characters long');
    }
    return trimmed;
  }

  private view(project: ProjectEntity, imageCount: number): ProjectView {
    return {
      id: project.id,
      name: project.name,
      labels: project.labels,
      createdAt: project.createdAt.toISOString(),
      updatedAt: project.updatedAt.toISOString(),
      imageCount,
      confidenceThreshold: project.confidenceThreshold ?? 0,
      classThresholds: project.classThresholds ?? {},
      ...(project.autoRetrainLabels === null || project.autoRetrainLabels === undefined ? {} : { autoRetrainLabels: project.autoRetrainLabels }),
      ...(project.retentionDays === null || project.retentionDays === undefined ? {} : { retentionDays: project.retentionDays }),
      ...(project.retentionGb === null || project.retentionGb === undefined ? {} : { retentionGb: project.retentionGb }),
    };
  }
}
