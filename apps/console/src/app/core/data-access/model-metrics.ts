/** One epoch of a training run, as stored with a model version and reported by a training job. */
export interface EpochMetrics {
  epoch: number;
  loss: number | null;
  accuracy: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
}

export interface ClassMetrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number | null;
}

/** A version's evaluation on its held-out split; the API types it as an open object, so it is read here. */
export interface ModelMetrics {
  accuracy: number | null;
  loss: number | null;
  perClass: Record<string, ClassMetrics>;
  /** Rows are actual labels, columns predicted labels, both in the order of the version's labels. */
  confusionMatrix: number[][];
  curves: EpochMetrics[];
  trainCount: number | null;
  testCount: number | null;
  trainingSeconds: number | null;
  backend: string | null;
}

type Loose = Record<string, unknown>;

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {};

/** Reads a version's metrics defensively: a missing or malformed field becomes null or empty, never a crash. */
export function readModelMetrics(metrics: unknown): ModelMetrics {
  const m = record(metrics);
  const perClass: Record<string, ClassMetrics> = {};
  for (const [label, value] of Object.entries(record(m['perClass']))) {
    const c = record(value);
    perClass[label] = {
      precision: num(c['precision']),
      recall: num(c['recall']),
      f1: num(c['f1']),
      support: num(c['support']),
    };
  }
  const matrix = Array.isArray(m['confusionMatrix'])
    ? (m['confusionMatrix'] as unknown[]).map((row) =>
        Array.isArray(row) ? row.map((cell) => num(cell) ?? 0) : [],
      )
    : [];
  return {
    accuracy: num(m['accuracy']),
    loss: num(m['loss']),
    perClass,
    confusionMatrix: matrix,
    curves: readCurves(m['curves']),
    trainCount: num(m['trainCount']),
    testCount: num(m['testCount']),
    trainingSeconds: num(m['trainingSeconds']),
    backend: typeof m['backend'] === 'string' ? m['backend'] : null,
  };
}

/** Where an imported version came from (`metrics.imported`); null for a version trained here. */
export interface ImportSource {
  projectName: string;
  version: number | null;
  filename: string;
}

export function readImportSource(metrics: unknown): ImportSource | null {
  const m = record(metrics);
  if (!('imported' in m)) {
    return null;
  }
  const i = record(m['imported']);
  return {
    projectName: typeof i['projectName'] === 'string' ? i['projectName'] : '',
    version: num(i['version']) || null,
    filename: typeof i['filename'] === 'string' ? i['filename'] : '',
  };
}

export function readCurves(curves: unknown): EpochMetrics[] {
  if (!Array.isArray(curves)) {
    return [];
  }
  return curves.map((point: unknown, index) => {
    const p = record(point);
    return {
      epoch: num(p['epoch']) ?? index + 1,
      loss: num(p['loss']),
      accuracy: num(p['accuracy']),
      valLoss: num(p['valLoss']),
      valAccuracy: num(p['valAccuracy']),
    };
  });
}
