import { Injectable } from '@nestjs/common';
import type { HistoryV1 } from '@sightline/contracts';
import { ServiceClients } from '../clients/service-clients';

/** The history service, as the gateway sees it. Reads retry on UNAVAILABLE; writes do not. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly clients: ServiceClients) {}

  createProject(request: HistoryV1.CreateProjectRequest): Promise<HistoryV1.Project__Output> {
    return this.clients.history.call('CreateProject', request);
  }

  async listProjects(): Promise<HistoryV1.Project__Output[]> {
    return (await this.clients.history.call<HistoryV1.ListProjectsResponse__Output>('ListProjects', {}, { retry: true })).projects;
  }

  getProject(id: string): Promise<HistoryV1.Project__Output> {
    return this.clients.history.call('GetProject', { id }, { retry: true });
  }

  updateProject(request: HistoryV1.UpdateProjectRequest): Promise<HistoryV1.Project__Output> {
    return this.clients.history.call('UpdateProject', request);
  }

  async deleteProject(id: string): Promise<void> {
    await this.clients.history.call('DeleteProject', { id });
  }

  async storeImages(request: HistoryV1.StoreImagesRequest): Promise<HistoryV1.Image__Output[]> {
    return (await this.clients.history.call<HistoryV1.StoreImagesResponse__Output>('StoreImages', request, { deadlineMs: 120_000 })).images;
  }

  listImages(request: HistoryV1.ListImagesRequest): Promise<HistoryV1.ListImagesResponse__Output> {
    return this.clients.history.call('ListImages', request, { retry: true });
  }

  getImage(id: string): Promise<HistoryV1.Image__Output> {
    return this.clients.history.call('GetImage', { id }, { retry: true });
  }

  getImageContent(id: string, thumbnail: boolean): Promise<HistoryV1.ImageContent__Output> {
    return this.clients.history.call('GetImageContent', { id, thumbnail }, { retry: true });
  }

  setLabel(request: HistoryV1.SetLabelRequest): Promise<HistoryV1.Image__Output> {
    return this.clients.history.call('SetLabel', request);
  }

  async labelHistory(id: string): Promise<HistoryV1.LabelEntry__Output[]> {
    return (await this.clients.history.call<HistoryV1.LabelHistoryResponse__Output>('GetLabelHistory', { id }, { retry: true })).labels;
  }
}
