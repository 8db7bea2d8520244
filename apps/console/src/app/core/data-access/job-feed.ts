import { Observable } from 'rxjs';
import { ApiError } from '../../api/api-error';

export interface JobFeedSource<T> {
  /** Reads the job's current state. */
  get(signal: AbortSignal): Promise<T>;
  /** Pushes the job on every change and ends when the job ends; optional. */
  stream?(signal: AbortSignal): AsyncIterable<T>;
  isFinished(job: T): boolean;
  /** Poll interval when there is no stream, or once the stream has failed. */
  pollMs: number;
}

/**
 * Follows a job until it ends: from its event stream when there is one, else (or when the stream breaks
 * before the job ends) by polling. Emits every state seen and completes after the final one. While polling,
 * network hiccups and 5xx answers are retried at the poll interval; a 4xx answer (gone, forbidden) ends the feed.
 */
export function followJob<T>(source: JobFeedSource<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const controller = new AbortController();
    const { signal } = controller;
    const run = async (): Promise<void> => {
      let last: T | null = null;
      if (source.stream) {
        try {
          for await (const job of source.stream(signal)) {
            last = job;
            subscriber.next(job);
          }
        } catch {
          // Any stream failure (no SSE support on the way, dropped connection) falls back to polling,
          // whose answer decides whether the job is really gone.
          if (signal.aborted) {
            return;
          }
        }
      }
      let first = true;
      while (!signal.aborted && (last === null || !source.isFinished(last))) {
        if (!first) {
          await sleep(source.pollMs, signal);
          if (signal.aborted) {
            return;
          }
        }
        first = false;
        try {
          last = await source.get(signal);
          subscriber.next(last);
        } catch (err) {
          if (signal.aborted) {
            return;
          }
          if (isFinal(err)) {
            throw err;
          }
        }
      }
      subscriber.complete();
    };
    run().catch((err: unknown) => subscriber.error(err));
    return () => controller.abort();
  });
}

function isFinal(err: unknown): boolean {
  return err instanceof ApiError && err.status >= 400 && err.status < 500;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
