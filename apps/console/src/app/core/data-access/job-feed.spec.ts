import { firstValueFrom, toArray } from 'rxjs';
import { ApiError } from '../../api/api-error';
import { followJob } from './job-feed';

interface Job {
  step: number;
  done: boolean;
}

const job = (step: number, done = false): Job => ({ step, done });

function polls(...answers: (Job | Error)[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    get: async (): Promise<Job> => {
      const answer = answers[Math.min(calls++, answers.length - 1)];
      if (answer instanceof Error) {
        throw answer;
      }
      return answer;
    },
  };
}

async function* streamOf(jobs: Job[], failAfter = false): AsyncGenerator<Job> {
  for (const j of jobs) {
    yield j;
  }
  if (failAfter) {
    throw new Error('connection reset');
  }
}

const all = (source: Parameters<typeof followJob<Job>>[0]) =>
  firstValueFrom(followJob<Job>(source).pipe(toArray()));

describe('followJob', () => {
  it('takes every state from the stream and never polls when the stream ends with the job', async () => {
    const poll = polls(job(99));
    const seen = await all({
      get: poll.get,
      stream: () => streamOf([job(1), job(2), job(3, true)]),
      isFinished: (j) => j.done,
      pollMs: 1,
    });
    expect(seen.map((j) => j.step)).toEqual([1, 2, 3]);
    expect(poll.calls).toBe(0);
  });

  it('falls back to polling when the stream breaks before the job ends', async () => {
    const poll = polls(job(2), job(3, true));
    const seen = await all({
      get: poll.get,
      stream: () => streamOf([job(1)], true),
      isFinished: (j) => j.done,
      pollMs: 1,
    });
    expect(seen.map((j) => j.step)).toEqual([1, 2, 3]);
  });

  it('polls until the job ends, riding out a server error', async () => {
    const poll = polls(
      job(1),
      new ApiError(503, 'training down'),
      job(2, true),
    );
    const seen = await all({
      get: poll.get,
      isFinished: (j) => j.done,
      pollMs: 1,
    });
    expect(seen.map((j) => j.step)).toEqual([1, 2]);
    expect(poll.calls).toBe(3);
  });

  it('fails on a 4xx answer instead of polling forever', async () => {
    const poll = polls(new ApiError(404, 'no such job'));
    await expect(
      all({ get: poll.get, isFinished: (j) => j.done, pollMs: 1 }),
    ).rejects.toThrow('no such job');
  });

  it('stops polling when unsubscribed', async () => {
    const poll = polls(job(1));
    const subscription = followJob<Job>({
      get: poll.get,
      isFinished: () => false,
      pollMs: 5,
    }).subscribe();
    await new Promise((resolve) => setTimeout(resolve, 30));
    subscription.unsubscribe();
    const calls = poll.calls;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBeGreaterThan(1);
    expect(poll.calls).toBe(calls);
  });
});
