import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

/** Training → history: which images are labeled, and where their bytes are. */
@Injectable()
export class HistoryClientRepository implements OnModuleDestroy {
  private readonly client: GrpcClient<HistoryV1.HistoryClient>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.client = new GrpcClient('history', 'History', config.services.history, config.grpcDeadlineMs);
  }

  getProject(id: string): Promise<HistoryV1.Project__Output> {
    return this.client.call('GetProject', { id }, { retry: true });
  }

  async listProjects(): Promise<HistoryV1.Project__Output[]> {
    return (await this.client.call<HistoryV1.ListProjectsResponse__Output>('ListProjects', {}, { retry: true })).projects;
  }

  async countLabelsSince(projectId: string, since: Date): Promise<number> {
    return Number((await this.client.call<HistoryV1.CountLabelsResponse__Output>('CountLabelsSince', { projectId, since: since.toISOString() }, { retry: true })).count);
  }

  /** A webhook event (model.trained, model.promoted); history fans it out to the project's webhooks. */
  async emit(projectId: string, event: string, data: Record<string, unknown>): Promise<void> {
    await this.client.call('EmitEvent', { projectId, event, dataJson: JSON.stringify(data) }, { retry: true });
  }

  async labeledImages(projectId: string): Promise<HistoryV1.LabeledImage__Output[]> {
    return (await this.client.call<HistoryV1.LabeledImagesResponse__Output>('ListLabeledImages', { projectId }, { retry: true, deadlineMs: 120_000 })).images;
  }

  onModuleDestroy(): void {
    this.client.close();
  }
}
