import { readImportSource, readModelMetrics } from './model-metrics';

describe('readModelMetrics', () => {
  it('reads the metrics the training service stores', () => {
    const metrics = readModelMetrics({
      accuracy: 0.9,
      loss: 0.31,
      perClass: { cat: { precision: 1, recall: 0.8, f1: 0.89, support: 5 } },
      confusionMatrix: [
        [4, 1],
        [0, 5],
      ],
      curves: [
        { epoch: 1, loss: 0.7, accuracy: 0.6, valLoss: 0.8, valAccuracy: 0.5 },
      ],
      trainCount: 40,
      testCount: 10,
      trainingSeconds: 12.5,
      backend: 'wasm',
    });
    expect(metrics.accuracy).toBe(0.9);
    expect(metrics.perClass['cat']).toEqual({
      precision: 1,
      recall: 0.8,
      f1: 0.89,
      support: 5,
    });
    expect(metrics.confusionMatrix).toEqual([
      [4, 1],
      [0, 5],
    ]);
    expect(metrics.curves[0].valAccuracy).toBe(0.5);
    expect(metrics.backend).toBe('wasm');
  });

  it('turns missing or malformed fields into nulls and empties', () => {
    const metrics = readModelMetrics({
      accuracy: 'high',
      confusionMatrix: [[1, null], 'x'],
      curves: [{ loss: 1 }],
    });
    expect(metrics.accuracy).toBeNull();
    expect(metrics.perClass).toEqual({});
    expect(metrics.confusionMatrix).toEqual([[1, 0], []]);
    expect(metrics.curves).toEqual([
      { epoch: 1, loss: 1, accuracy: null, valLoss: null, valAccuracy: null },
    ]);
    expect(readModelMetrics(undefined).testCount).toBeNull();
  });
});

describe('readImportSource', () => {
  it('is null for a version trained here', () => {
    expect(readImportSource({ accuracy: 0.9 })).toBeNull();
    expect(readImportSource(undefined)).toBeNull();
  });

  it('reads where an imported version came from, defensively', () => {
    expect(
      readImportSource({
        accuracy: 0.9,
        imported: { projectName: 'discs', version: 4, filename: 'discs-v4.zip' },
      }),
    ).toEqual({ projectName: 'discs', version: 4, filename: 'discs-v4.zip' });
    expect(readImportSource({ imported: 'yes' })).toEqual({
      projectName: '',
      version: null,
      filename: '',
    });
  });
});
