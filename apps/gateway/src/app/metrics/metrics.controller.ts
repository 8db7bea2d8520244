import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { InferenceV1 } from '@sightline/contracts';
import { ServiceClients } from '../clients/service-clients';
import { MetricsService } from './metrics.service';

/** How long /metrics waits for the inference service's counters before answering without them. */
const INFERENCE_METRICS_DEADLINE_MS = 1000;

@ApiTags('system')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly clients: ServiceClients,
  ) {}

  /** Prometheus text format: the gateway's own series, then the inference service's (batcher counters, queue depth, batch sizes). */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ schema: { type: 'string' } })
  async getMetrics(): Promise<string> {
    const own = await this.metrics.registry.metrics();
    const inference = await this.clients.inference
      .call<InferenceV1.MetricsResponse__Output>('GetMetrics', {}, { deadlineMs: INFERENCE_METRICS_DEADLINE_MS })
      .then((reply) => reply.text, () => '# inference service unavailable: its series are missing\n');
    return `${own}\n${inference}`;
  }
}
