import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Options } from '@grpc/proto-loader';

/** The loader options the generated contracts were made with (tools/gen-contracts.mjs): keep them equal. */
export const PROTO_LOADER_OPTIONS: Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
};

export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

export type ProtoName = 'health' | 'history' | 'camera' | 'training' | 'inference';

export const PROTO_PACKAGES: Record<ProtoName, string> = {
  health: 'grpc.health.v1',
  history: 'sightline.history.v1',
  camera: 'sightline.camera.v1',
  training: 'sightline.training.v1',
  inference: 'sightline.inference.v1',
};

let protoDir: string | undefined;

/** Built apps carry `proto/` next to main.js; sources and tests find the workspace's `proto/`. */
export function protoPath(name: ProtoName): string {
  if (!protoDir) {
    let dir = __dirname;
    for (;;) {
      if (existsSync(join(dir, 'proto', 'health.proto'))) {
        protoDir = join(dir, 'proto');
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) {
        throw new Error(`proto/ not found above ${__dirname}`);
      }
      dir = parent;
    }
  }
  return join(protoDir, `${name}.proto`);
}
