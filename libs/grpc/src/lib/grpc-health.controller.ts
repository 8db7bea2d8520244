import { Controller, Inject, Optional } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HealthProto } from '@sightline/contracts';

type CheckResponse = HealthProto.ProtoGrpcType['grpc']['health']['v1']['HealthCheckResponse'];
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
  async check(): Promise<{ status: ServingStatus }> {
    const ready = this.probe ? await this.probe.isReady().catch(() => false) : true;
    return { status: ready ? 'SERVING' : 'NOT_SERVING' };
  }
}

export type { CheckResponse };
