// A real pretrained backbone for the transfer-learning bench, from the npm registry alone: the MobileNet v2
// (224×224, ImageNet-pretrained, fine-tuned by NSFWJS; MIT licence) that the `nsfwjs` package ships inside
// JavaScript wrappers. Unpacked once into tmp/backbones/ as a TensorFlow.js layers model.json + weights.bin.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PACKAGE = 'nsfwjs@4.4.0';
/** A 14×14×576 map a third from the end: NSFWJS fine-tuned the later blocks to its own task (a probe on the clothing photos: out_relu 53–54%, block_15_add 60–64%, block_13_expand_relu 61–69%). */
export const MOBILENET_FEATURES = 'block_13_expand_relu';

/** Absolute path of the backbone's model.json, fetched with `npm pack` the first time. */
export function mobilenetBackbone(root: string): string {
  const dir = resolve(root, 'tmp', 'backbones', 'mobilenet_v2');
  const modelJson = join(dir, 'model.json');
  if (existsSync(modelJson)) {
    return modelJson;
  }
  const work = mkdtempSync(join(resolve(root, 'tmp'), 'backbone-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('tar', ['xzf', join(work, `${PACKAGE.replace('@', '-')}.tgz`), '-C', work]);
    const models = join(work, 'package', 'dist', 'models', 'mobilenet_v2');
    const model = require(join(models, 'model.min.js')) as { modelTopology: object; weightsManifest: Array<{ paths: string[]; weights: object[] }> };
    const weights = Buffer.from(require(join(models, 'group1-shard1of1.min.js')) as string, 'base64');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'weights.bin'), weights);
    writeFileSync(modelJson, JSON.stringify({ ...model, weightsManifest: [{ paths: ['weights.bin'], weights: model.weightsManifest.flatMap((g) => g.weights) }] }));
    return modelJson;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
