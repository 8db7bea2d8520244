import { credentials, loadPackageDefinition, Metadata, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { initBackend, loadModel, predict, preprocess, toInputTensor, type ImageSpec, type Prediction } from '@sightline/ml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternDataset } from './patterns';
import { Api, files, ROOT, System, waitFor } from './system';

/** Imports the two-pattern data set and trains a small model that becomes the project's production version. */
export async function trainedProject(api: Api, name: string, epochs = 3): Promise<{ projectId: string; modelId: string }> {
  const projectId = (await api.request('POST', '/projects', { name })).body.id as string;
  const imported = (await api.request('POST', `/projects/${projectId}/imports`, files({ name: 'patterns.zip', content: await patternDataset() }))).body;
  await waitFor('the import', async () => ((await api.request('GET', `/imports/${imported.id}`)).body.state === 'succeeded' ? true : undefined), 120_000);
  const started = (await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs, batchSize: 16 })).body;
  const job = await waitFor(
    'training',
    async () => {
      const current = (await api.request('GET', `/training-jobs/${started.id}`)).body;
      return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
    },
    240_000,
    500,
  );
  if (job.state !== 'succeeded') {
    throw new Error(`training ${job.state}: ${job.error}`);
  }
  return { projectId, modelId: job.modelId as string };
}

/** The stored model of a version, predicted in this process with libs/ml: what the service must agree with. */
export async function inProcess(system: System, modelId: string): Promise<(bytes: Buffer) => Promise<Prediction>> {
  await initBackend(undefined, { log: () => undefined });
  const dir = join(system.dataDir, 'blobs', 'models', modelId);
  const model = await loadModel({ modelJson: readFileSync(join(dir, 'model.json')), weights: readFileSync(join(dir, 'weights.bin')) });
  const meta = model.getUserDefinedMetadata() as { labels: string[]; imageSize: number; channels: 1 | 3 };
  const spec: ImageSpec = { width: meta.imageSize, height: meta.imageSize, channels: meta.channels };
  return async (bytes) => {
    const xs = toInputTensor(await preprocess(bytes, spec), spec);
    try {
      return (await predict(model, xs, meta.labels))[0];
    } finally {
      xs.dispose();
    }
  };
}

type Callback = (error: ServiceError | null, reply?: any) => void;

/** A raw @grpc/grpc-js client of the inference service, built from proto/inference.proto. */
export function inferenceClient(address: string): any {
  const definition = loadSync(join(ROOT, 'proto', 'inference.proto'), { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
  const ns = loadPackageDefinition(definition) as any;
  return new ns.sightline.inference.v1.Inference(address, credentials.createInsecure());
}

export function unary<T>(client: any, method: string, request: object, deadlineMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) =>
    client[method](request, new Metadata(), { deadline: new Date(Date.now() + deadlineMs) }, ((error, reply) => (error ? reject(error) : resolve(reply as T))) as Callback),
  );
}

/** One counter summed over its label sets, from Prometheus text. */
export function counter(text: string, name: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}
