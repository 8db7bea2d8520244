import { DynamicModule, INestMicroservice, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import type { ServiceName, SightlineConfig } from '@sightline/config';
import { GrpcExceptionFilter } from './grpc-exception.filter';
import { stopWhenSupervisorExits } from './lifeline';
import { MAX_MESSAGE_BYTES, PROTO_LOADER_OPTIONS, PROTO_PACKAGES, protoPath } from './proto-files';

/** How long a stopping service may take; calls still open then (a long stream) are cut off with the process. */
const STOP_MS = 8000;

/**
 * SIGTERM or SIGINT: close, then exit; a second signal exits at once. `app.close()` first stops the gRPC server
 * gracefully (no new calls; the accepted ones finish: a queued batch, a write in its transaction), then runs the
 * modules' destroy hooks. Nest's own shutdown hooks would run those hooks first and cut the calls off.
 */
function stopGracefully(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        process.exit(1);
      }
      stopping = true;
      new Logger('Shutdown').log(`${signal}: finishing the calls in progress, then stopping`);
      setTimeout(() => process.exit(1), STOP_MS).unref();
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          new Logger('Shutdown').error(`stopping failed: ${(error as Error).message}`);
          process.exit(1);
        },
      );
    });
  }
}

export function logLevels(level: SightlineConfig['logLevel']): LogLevel[] {
  const order: LogLevel[] = ['debug', 'log', 'warn', 'error'];
  return order.slice(order.indexOf(level)).concat(['fatal']);
}

/**
 * Where a service listens: the port of its own *_GRPC_URL, on BIND_HOST (`dns:///inference:50052` → port 50052,
 * as every replica behind that name listens). A fixed list of replicas names no one port: each replica is
 * started with its own `host:port`, and only the services that dial it get the list.
 */
export function listenAddress(config: SightlineConfig, service: ServiceName): string {
  const target = config.services[service];
  if (target.startsWith('ipv4:')) {
    throw new Error(`${service.toUpperCase()}_GRPC_URL=${target} lists several replicas: start each ${service} replica with its own host:port, and give the list to the services that dial it`);
  }
  const port = target.split(':').pop();
  return `${config.bindHost}:${port}`;
}

/** Starts one gRPC service process: its own proto plus grpc.health.v1, shutdown hooks, one exception filter. */
export async function bootstrapGrpcService(service: ServiceName, module: DynamicModule, config: SightlineConfig): Promise<INestMicroservice> {
  const url = listenAddress(config, service);
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    transport: Transport.GRPC,
    logger: logLevels(config.logLevel),
    options: {
      url,
      package: [PROTO_PACKAGES[service], PROTO_PACKAGES.health],
      protoPath: [protoPath(service), protoPath('health')],
      loader: PROTO_LOADER_OPTIONS,
      maxReceiveMessageLength: MAX_MESSAGE_BYTES,
      maxSendMessageLength: MAX_MESSAGE_BYTES,
      gracefulShutdown: true,
    },
  });
  app.useGlobalFilters(new GrpcExceptionFilter());
  await app.listen();
  stopGracefully(() => app.close());
  stopWhenSupervisorExits(() => app.close());
  new Logger('Bootstrap').log(`${service} listening for gRPC on ${url}`);
  return app;
}
