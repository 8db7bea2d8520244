import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built Angular console at `/`, with index.html for every non-API route (client-side routing). */
export function serveConsole(app: NestExpressApplication, root: string): void {
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`console build not found at ${root}: run "npx nx build console" (npm start does)`, 'Console');
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && !request.path.startsWith('/api')) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
      return;
    }
    next();
  });
}
