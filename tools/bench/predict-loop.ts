// model.predict on one input tensor, again and again for a while: the in-process figure both prediction benches use.
import type { LayersModel } from '@tensorflow/tfjs-layers';
import * as tf from '@tensorflow/tfjs-core';

/** After 20 warm-up calls, `model.predict(xs)` for `ms`: images per second of wall time, and this process's CPU ms per image. */
export async function timePredict(model: LayersModel, xs: tf.Tensor, ms = 3000): Promise<{ perSecond: number; cpuMsPerImage: number }> {
  const batch = xs.shape[0] ?? 1;
  const once = async () => {
    const out = model.predict(xs) as tf.Tensor;
    await out.data();
    out.dispose();
  };
  for (let i = 0; i < 20; i++) {
    await once();
  }
  let images = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < ms) {
    await once();
    images += batch;
  }
  const used = process.cpuUsage(cpu);
  return { perSecond: images / ((performance.now() - started) / 1000), cpuMsPerImage: (used.user + used.system) / 1000 / images };
}
