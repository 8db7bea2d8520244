import { ChannelCredentials, Client, Metadata, ServiceError, credentials, loadPackageDefinition, status } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { MAX_MESSAGE_BYTES, PROTO_LOADER_OPTIONS, PROTO_PACKAGES, ProtoName, protoPath } from './proto-files';

export interface CallOptions {
  /** Milliseconds; the whole call including retries must finish within it. */
  deadlineMs?: number;
  /** Retry on UNAVAILABLE (safe for reads and idempotent writes). */
  retry?: boolean;
  metadata?: Metadata;
}

type Callback<T> = (error: ServiceError | null, response?: T) => void;
interface WritableCall {
  write(message: unknown): boolean;
  end(): void;
  cancel(): void;
  once(event: 'drain', listener: () => void): void;
}
type StreamMethod = (metadata: Metadata, options: { deadline: Date }, callback: Callback<unknown>) => WritableCall;
interface ReadableCall extends AsyncIterable<unknown> {
  cancel(): void;
}
type ServerStreamMethod = (request: unknown, metadata: Metadata, options: { deadline: Date }) => ReadableCall;
type UnaryMethod = (request: unknown, metadata: Metadata, options: { deadline: Date }, callback: Callback<unknown>) => void;

/** The service and method a failed call was made to (set on the errors GrpcClient rejects with). */
export interface Callee {
  service: string;
  method: string;
}

export function calleeOf(error: unknown): Callee | undefined {
  return typeof error === 'object' && error !== null && 'callee' in error ? (error as { callee: Callee }).callee : undefined;
}

/** Names the service and method on a failed call's error, so whoever reports it can say which service failed. */
export function withCallee(error: unknown, callee: Callee): unknown {
  if (typeof error === 'object' && error !== null) {
    Object.assign(error, { callee });
  }
  return error;
}

/** Runs `attempt` until it does not fail with UNAVAILABLE: at most 5 times, backing off 100, 200, 400, 800 ms, never past `deadline`. */
export async function retryUnavailable<T>(attempt: () => Promise<T>, deadline: number): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const backoff = 100 * 2 ** tries;
      if ((error as ServiceError).code !== status.UNAVAILABLE || tries >= 4 || Date.now() + backoff >= deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }
}

/** Promise wrapper over a grpc-js client with a deadline on every call and bounded retries on UNAVAILABLE. */
export class GrpcClient<TClient extends Client> {
  readonly raw: TClient;

  constructor(
    readonly proto: Exclude<ProtoName, 'health'> | 'health',
    service: string,
    readonly address: string,
    private readonly defaultDeadlineMs: number,
    channelCredentials: ChannelCredentials = credentials.createInsecure(),
  ) {
    const definition = loadSync(protoPath(proto), PROTO_LOADER_OPTIONS);
    let namespace: unknown = loadPackageDefinition(definition);
    for (const part of `${PROTO_PACKAGES[proto]}.${service}`.split('.')) {
      namespace = (namespace as Record<string, unknown>)[part];
    }
    const Ctor = namespace as new (address: string, creds: ChannelCredentials, options: object) => TClient;
    this.raw = new Ctor(address, channelCredentials, {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      'grpc.initial_reconnect_backoff_ms': 200,
      'grpc.max_reconnect_backoff_ms': 2000,
      // Every address of the target (`dns:///name:port`, `ipv4:a:p,b:p`) gets a connection and calls take turns;
      // a replica that goes away leaves the turn until it is back. One address behaves as before.
      'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
    });
  }

  async call<TResponse>(method: string, request: object, options: CallOptions = {}): Promise<TResponse> {
    const deadline = Date.now() + (options.deadlineMs ?? this.defaultDeadlineMs);
    const once = () => this.once<TResponse>(method, request, deadline, options.metadata);
    try {
      return await (options.retry ? retryUnavailable(once, deadline) : once());
    } catch (error) {
      throw this.tag(error, method);
    }
  }

  /** A client-streaming call: writes each message (waiting when the channel is full), then half-closes. */
  async clientStream<TResponse>(method: string, messages: AsyncIterable<object>, options: CallOptions = {}): Promise<TResponse> {
    const fn = this.method<StreamMethod>(method);
    let settle: { resolve: (value: TResponse) => void; reject: (error: unknown) => void } | undefined;
    const result = new Promise<TResponse>((resolve, reject) => (settle = { resolve, reject }));
    const call = fn.call(this.raw, options.metadata ?? new Metadata(), { deadline: new Date(Date.now() + (options.deadlineMs ?? this.defaultDeadlineMs)) }, (error, response) =>
      error ? settle?.reject(this.tag(error, method)) : settle?.resolve(response as TResponse),
    );
    try {
      for await (const message of messages) {
        if (!call.write(message)) {
          await new Promise<void>((resolve) => call.once('drain', () => resolve()));
        }
      }
      call.end();
    } catch (error) {
      call.cancel();
      throw error;
    }
    return result;
  }

  /**
   * A server-streaming call, read with `for await`; gRPC flow control holds the server back while the
   * reader is slow. The deadline covers the whole stream. Leaving the loop early cancels the call.
   */
  async *serverStream<TMessage>(method: string, request: object, options: CallOptions = {}): AsyncGenerator<TMessage> {
    const fn = this.method<ServerStreamMethod>(method);
    const call = fn.call(this.raw, request, options.metadata ?? new Metadata(), { deadline: new Date(Date.now() + (options.deadlineMs ?? this.defaultDeadlineMs)) });
    let done = false;
    try {
      for await (const message of call) {
        yield message as TMessage;
      }
      done = true;
    } finally {
      if (!done) {
        call.cancel();
      }
    }
  }

  private method<T>(name: string): T {
    const fn = (this.raw as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      throw new Error(`${this.proto} has no method ${name}`);
    }
    return fn as T;
  }

  close(): void {
    this.raw.close();
  }

  private tag(error: unknown, method: string): unknown {
    return withCallee(error, { service: this.proto, method });
  }

  private once<TResponse>(method: string, request: object, deadline: number, metadata = new Metadata()): Promise<TResponse> {
    const fn = this.method<UnaryMethod>(method);
    return new Promise<TResponse>((resolve, reject) => {
      fn.call(this.raw, request, metadata, { deadline: new Date(deadline) }, (error, response) => {
        if (error) {
          reject(error);
        } else {
          resolve(response as TResponse);
        }
      });
    });
  }
}
