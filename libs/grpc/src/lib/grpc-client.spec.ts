import { loadPackageDefinition, Server, ServerCredentials, ServerWritableStream, status } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { AddressInfo, createServer } from 'node:net';
import { calleeOf, GrpcClient } from './grpc-client';
import { PROTO_LOADER_OPTIONS, protoPath } from './proto-files';

type ExportCall = ServerWritableStream<{ id: string }, { data: Buffer; filename?: string }>;

describe('GrpcClient.serverStream against a real grpc-js server', () => {
  let server: Server;
  let client: GrpcClient<never>;
  let cancelled: Promise<void>;
  let onCancel: () => void;

  beforeAll(async () => {
    const proto = loadPackageDefinition(loadSync(protoPath('training'), PROTO_LOADER_OPTIONS)) as unknown as {
      sightline: { training: { v1: { Training: { service: never } } } };
    };
    server = new Server();
    server.addService(proto.sightline.training.v1.Training.service, {
      exportModel: (call: ExportCall) => {
        if (call.request.id === 'missing') {
          call.emit('error', { code: status.NOT_FOUND, details: 'model missing not found' });
          return;
        }
        if (call.request.id === 'endless') {
          call.on('cancelled', () => onCancel());
          const timer = setInterval(() => call.write({ data: Buffer.alloc(16) }), 5);
          call.on('cancelled', () => clearInterval(timer));
          return;
        }
        call.write({ data: Buffer.from('one'), filename: 'a-v1.zip' });
        call.write({ data: Buffer.from('two') });
        call.end();
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    client = new GrpcClient('training', 'Training', `127.0.0.1:${port}`, 5000);
  });

  afterAll(() => {
    client.close();
    server.forceShutdown();
  });

  it('yields the messages in order', async () => {
    const messages: Array<{ data: Buffer; filename: string }> = [];
    for await (const message of client.serverStream<{ data: Buffer; filename: string }>('ExportModel', { id: 'm1' })) {
      messages.push(message);
    }
    expect(messages.map((m) => [m.data.toString(), m.filename])).toEqual([
      ['one', 'a-v1.zip'],
      ['two', ''],
    ]);
  });

  it('throws the status the server ends with', async () => {
    const read = async () => {
      for await (const message of client.serverStream('ExportModel', { id: 'missing' })) {
        void message;
      }
    };
    await expect(read()).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'model missing not found' });
  });

  it('cancels the call when the reader stops early', async () => {
    cancelled = new Promise<void>((resolve) => (onCancel = resolve));
    let count = 0;
    for await (const message of client.serverStream('ExportModel', { id: 'endless' })) {
      void message;
      if (++count === 3) {
        break;
      }
    }
    await cancelled;
    expect(count).toBe(3);
  });
});

describe('GrpcClient.call against a service that is not there', () => {
  it('fails within its deadline with the service and method named on the error', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    const client = new GrpcClient('inference', 'Inference', `127.0.0.1:${port}`, 1500);
    const started = Date.now();
    const error = await client.call('Predict', { projectId: 'p' }, { retry: true }).catch((e: unknown) => e);
    client.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect((error as { code: number }).code).toBe(status.UNAVAILABLE);
    expect(calleeOf(error)).toEqual({ service: 'inference', method: 'Predict' });
  });
});

describe('GrpcClient with several replicas behind one target', () => {
  const servers: Server[] = [];
  const calls = [0, 0];
  let ports: number[] = [];

  beforeAll(async () => {
    const proto = loadPackageDefinition(loadSync(protoPath('health'), PROTO_LOADER_OPTIONS)) as unknown as {
      grpc: { health: { v1: { Health: { service: never } } } };
    };
    ports = await Promise.all(
      [0, 1].map(async (replica) => {
        const server = new Server();
        server.addService(proto.grpc.health.v1.Health.service, {
          check: (_call: unknown, callback: (error: null, reply: { status: string }) => void) => {
            calls[replica]++;
            callback(null, { status: 'SERVING' });
          },
        });
        servers.push(server);
        return new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))));
      }),
    );
  });

  afterAll(() => servers.forEach((server) => server.forceShutdown()));

  it('takes turns between the replicas of an ipv4: list and goes on with the one left when the other stops', async () => {
    const client = new GrpcClient('health', 'Health', `ipv4:127.0.0.1:${ports[0]},127.0.0.1:${ports[1]}`, 3000);
    try {
      // Until both connections are ready the first replica may take every call; then calls alternate.
      for (let i = 0; i < 200 && (calls[0] < 5 || calls[1] < 5); i++) {
        await client.call('Check', {});
      }
      expect(calls[0]).toBeGreaterThanOrEqual(5);
      expect(calls[1]).toBeGreaterThanOrEqual(5);

      servers[1].forceShutdown();
      const before = calls[0];
      for (let i = 0; i < 10; i++) {
        await client.call('Check', {}, { retry: true });
      }
      expect(calls[0] - before).toBe(10);
    } finally {
      client.close();
    }
  }, 30_000);
});
