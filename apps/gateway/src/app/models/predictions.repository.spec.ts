import { Metadata, status } from '@grpc/grpc-js';
import type { SightlineConfig } from '@sightline/config';
import { ERROR_CODE_METADATA_KEY, ErrorCode, type InferenceV1 } from '@sightline/contracts';
import { calleeOf } from '@sightline/grpc';
import type { ServiceClients } from '../clients/service-clients';
import { PredictionsRepository } from './predictions.repository';

type Batch = { requests: InferenceV1.PredictRequest[] };
type Answer = (batch: Batch) => Promise<{ results: Array<Partial<InferenceV1.PredictBatchResult__Output>> }>;

function prediction(label: string): InferenceV1.PredictResponse__Output {
  return { imageId: `image-${label}`, predictionId: `prediction-${label}`, label, confidence: 0.9, scores: { [label]: 0.9 }, modelVersion: '1', latencyMs: 1, uncertain: false };
}

/** A repository whose inference client records each PredictBatch call and answers with `answer`. */
function repository(answer: Answer): { repo: PredictionsRepository; calls: Batch[] } {
  const calls: Batch[] = [];
  const clients = {
    inference: {
      call: (method: string, request: Batch) => {
        expect(method).toBe('PredictBatch');
        calls.push(request);
        return answer(request);
      },
    },
  } as unknown as ServiceClients;
  return { repo: new PredictionsRepository(clients, { grpcDeadlineMs: 5000 } as SightlineConfig), calls };
}

const request = (label: string) => ({ projectId: 'p', content: Buffer.from(label), imageId: '', filename: `${label}.png` });
const labelOf = (batchRequest: InferenceV1.PredictRequest) => String(batchRequest.content);

describe('PredictionsRepository', () => {
  it('sends the predictions of one tick as one call and gives each its own answer', async () => {
    const { repo, calls } = repository(async (batch) => ({ results: batch.requests.map((r) => ({ prediction: prediction(labelOf(r)), statusCode: 0 })) }));
    const answers = await Promise.all(['a', 'b', 'c'].map((label) => repo.predict(request(label))));
    expect(calls.map((call) => call.requests.map(labelOf))).toEqual([['a', 'b', 'c']]);
    expect(answers.map((answer) => answer.label)).toEqual(['a', 'b', 'c']);
    expect((await repo.predict(request('d'))).label).toBe('d');
    expect(calls).toHaveLength(2);
  });

  it('never puts two projects, or sent bytes and stored images, on one call', async () => {
    const { repo, calls } = repository(async (batch) => ({ results: batch.requests.map((r) => ({ prediction: prediction(labelOf(r)), statusCode: 0 })) }));
    await Promise.all([
      repo.predict(request('a')),
      repo.predict({ ...request('b'), projectId: 'q' }),
      repo.predict({ ...request('c'), content: Buffer.alloc(0), imageId: 'c' }),
      repo.predict(request('d')),
    ]);
    expect(calls.map((call) => call.requests.map((r) => `${r.projectId}:${labelOf(r)}`))).toEqual([['p:a', 'p:d'], ['q:b'], ['p:']]);
  });

  it('fails one image with the error its Predict call would have had, and answers the others', async () => {
    const { repo } = repository(async (batch) => ({
      results: batch.requests.map((r) =>
        labelOf(r) === 'bad' ? { prediction: null, statusCode: status.INVALID_ARGUMENT, details: 'the image does not decode', errorCode: ErrorCode.InvalidArgument } : { prediction: prediction(labelOf(r)), statusCode: 0 },
      ),
    }));
    const [good, bad] = await Promise.allSettled([repo.predict(request('good')), repo.predict(request('bad'))]);
    expect(good).toMatchObject({ status: 'fulfilled', value: { label: 'good' } });
    const error = (bad as PromiseRejectedResult).reason;
    expect(error).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the image does not decode' });
    expect((error.metadata as Metadata).get(ERROR_CODE_METADATA_KEY)).toEqual([ErrorCode.InvalidArgument]);
    expect(calleeOf(error)).toEqual({ service: 'inference', method: 'PredictBatch' });
  });

  it('retries an image that came back UNAVAILABLE, and gives every image the error of a call that failed', async () => {
    let round = 0;
    const { repo, calls } = repository(async (batch) => {
      round++;
      if (round === 1) {
        return { results: batch.requests.map(() => ({ prediction: null, statusCode: status.UNAVAILABLE, details: 'history is down' })) };
      }
      if (round === 2) {
        return { results: batch.requests.map((r) => ({ prediction: prediction(labelOf(r)), statusCode: 0 })) };
      }
      throw Object.assign(new Error('internal'), { code: status.INTERNAL, details: 'internal', metadata: new Metadata() });
    });
    expect((await repo.predict(request('x'))).label).toBe('x');
    expect(calls).toHaveLength(2);
    const failed = await Promise.allSettled([repo.predict(request('y')), repo.predict(request('z'))]);
    expect(failed.map((f) => (f as PromiseRejectedResult).reason.code)).toEqual([status.INTERNAL, status.INTERNAL]);
    expect(calls).toHaveLength(3);
  });
});
