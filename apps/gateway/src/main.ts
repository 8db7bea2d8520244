import 'reflect-metadata';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit, SightlineConfig } from '@sightline/config';
import { logLevels, stopWhenSupervisorExits } from '@sightline/grpc';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveConsole } from './app/console-static';
import { HttpExceptionFilter } from './app/common/http-exception.filter';
import { inFlightLimit } from './app/common/in-flight-limit';
import { GatewayModule } from './app/gateway.module';
import { buildOpenApiDocument, sortKeys } from './app/openapi';

async function createApp(config: SightlineConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), { logger: logLevels(config.logLevel) });
  app.setGlobalPrefix('api/v1');
  // Before anything reads a body: a full gateway refuses at once rather than queueing.
  app.use(inFlightLimit(config.gatewayMaxInFlight));
  // A prediction may come as base64 JSON: that one route reads JSON up to the upload limit; the others keep the parser's 100 kB.
  // (Named apart: Nest skips its own parser when it finds a middleware called `jsonParser`.)
  const predictJson = json({ limit: Math.ceil((config.maxUploadBytes * 4) / 3) + 4096 });
  app.use('/api/v1/projects/:id/predict', function predictJsonParser(request: Request, response: Response, next: NextFunction) {
    predictJson(request, response, next);
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new HttpExceptionFilter(config));
  // The console shows images fetched with credentials as blob: URLs.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } } }));
  app.enableCors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false });
  // Not Nest's default list: it includes SIGUSR2, which `--heapsnapshot-signal=SIGUSR2` uses; the gateway would close
  // its port and, the signal being handled, never exit, so the supervisor would not restart it.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/** `main.js --write-openapi <file>`: writes the sorted OpenAPI document and exits (used by `npm run gen:api`). */
async function writeOpenApi(file: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'sightline-openapi-'));
  const config = loadConfigOrExit({ DATA_DIR: scratch, DATABASE_URL: 'sqlite::memory:', ADMIN_PASSWORD: 'openapi-only', LOG_LEVEL: 'warn' });
  const app = await createApp(config);
  await app.init();
  writeFileSync(file, `${JSON.stringify(sortKeys(buildOpenApiDocument(app)), null, 2)}\n`);
  await app.close();
  rmSync(scratch, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const openApiFlag = process.argv.indexOf('--write-openapi');
  if (openApiFlag >= 0) {
    await writeOpenApi(process.argv[openApiFlag + 1] ?? 'openapi.json');
    return;
  }
  const config = loadConfigOrExit();
  const app = await createApp(config);
  buildOpenApiDocument(app, true);
  serveConsole(app, join(__dirname, '..', 'console', 'browser'));
  await app.listen(config.port, config.bindHost);
  stopWhenSupervisorExits(() => app.close());
  Logger.log(`gateway listening on http://${config.bindHost}:${config.port} (API /api/v1, docs /api/docs)`, 'Bootstrap');
}

main().catch((error: unknown) => {
  console.error('gateway failed to start:', error);
  process.exit(1);
});
