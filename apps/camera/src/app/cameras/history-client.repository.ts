import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

/** Camera → history over gRPC: project checks, storing captures, webhook events. */
@Injectable()
export class HistoryClientRepository implements OnModuleDestroy {
  private readonly client: GrpcClient<HistoryV1.HistoryClient>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.client = new GrpcClient('history', 'History', config.services.history, config.grpcDeadlineMs);
  }

  getProject(id: string): Promise<HistoryV1.Project__Output> {
    return this.client.call('GetProject', { id }, { retry: true });
  }

  /** `capturedAt` (ISO) for a frame taken earlier than now: a spooled capture. */
  async storeCapture(projectId: string, cameraId: string, content: Buffer, filename: string, label = '', capturedAt = ''): Promise<HistoryV1.Image__Output> {
    const reply = await this.client.call<HistoryV1.StoreImagesResponse__Output>('StoreImages', {
      projectId,
      files: [{ content, filename }],
      label,
      source: 'camera',
      sourceId: cameraId,
      capturedAt,
    });
    return reply.images[0];
  }

  async emitEvent(projectId: string, event: string, data: Record<string, unknown>): Promise<void> {
    await this.client.call('EmitEvent', { projectId, event, dataJson: JSON.stringify(data) }, { retry: true });
  }

  onModuleDestroy(): void {
    this.client.close();
  }
}
