import type { NextFunction, Request, Response } from 'express';

/** Routes that must answer even when the gateway is full: an overloaded system still reports its health. */
const NEVER_SHED = ['/api/v1/health', '/api/v1/metrics'];

/**
 * Express middleware that bounds the API requests one gateway works on at once. Past `limit`, a request is
 * answered at once with 429 and `Retry-After: 1` instead of waiting in a queue that grows without bound (and
 * the memory with it). A request stops counting when its response finishes or its connection closes.
 */
export function inFlightLimit(limit: number) {
  let inFlight = 0;
  return function limitInFlight(request: Request, response: Response, next: NextFunction): void {
    if (!request.path.startsWith('/api/') || NEVER_SHED.some((path) => request.path.startsWith(path))) {
      next();
      return;
    }
    if (inFlight >= limit) {
      response
        .status(429)
        .set('Retry-After', '1')
        .json({
          statusCode: 429,
          error: 'Too Many Requests',
          message: `the gateway is working on ${limit} requests already (GATEWAY_MAX_IN_FLIGHT); retry after 1 s`,
        });
      return;
    }
    inFlight++;
    let done = false;
    const release = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
}
