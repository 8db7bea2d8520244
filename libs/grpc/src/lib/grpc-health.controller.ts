import { Controller, Inject, Optional } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HealthV1 } from '@sightline/contracts';

type ServingStatus = 'SERVING' | 'NOT_SERVING';

export const HEALTH_PROBE = Symbol('HEALTH_PROBE');

/** A service-specific readiness check (the database answers, the model is loaded…). */
export interface HealthProbe {
  isReady(): Promise<boolean>;
}

/** The standard grpc.health.v1 service: SERVING while the service's own probe says it is ready. */
@Controller()
export class GrpcHealthController {
  constructor(@Optional() @Inject(HEALTH_PROBE) private readonly probe?: HealthProbe) {}

  @GrpcMethod('Health', 'Check')
  async check(): Promise<HealthV1.HealthCheckResponse & { status: ServingStatus }> {
    const ready = this.probe ? await this.probe.isReady().catch(() => false) : true;
    return { status: ready ? 'SERVING' : 'NOT_SERVING' };
  }
}
