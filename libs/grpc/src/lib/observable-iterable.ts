import { Observable } from 'rxjs';

/**
 * Iterates an Observable (a gRPC client stream in Nest) with `for await`. It subscribes at once and
 * buffers, because Nest's stream is a plain Subject: values sent before a late subscription are lost.
 */
export function eachValueOf<T>(source: Observable<T>): AsyncIterable<T> {
  const buffer: T[] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const subscription = source.subscribe({
    next: (value) => {
      buffer.push(value);
      wake?.();
    },
    error: (error: unknown) => {
      failure = error ?? new Error('stream failed');
      wake?.();
    },
    complete: () => {
      done = true;
      wake?.();
    },
  });
  return {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<T>> => {
        for (;;) {
          if (buffer.length > 0) {
            return { value: buffer.shift() as T, done: false };
          }
          if (failure !== undefined) {
            throw failure;
          }
          if (done) {
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      },
      return: async (): Promise<IteratorResult<T>> => {
        subscription.unsubscribe();
        return { value: undefined, done: true };
      },
    }),
  };
}
