import { isUncertain } from './thresholds';

describe('isUncertain', () => {
  const result = (label: string, confidence: number) => ({ label, confidence, scores: {} });

  it('is off with a threshold of 0 and compares with the project threshold otherwise', () => {
    expect(isUncertain(result('ok', 0.01), { confidenceThreshold: 0, classThresholds: {} })).toBe(false);
    expect(isUncertain(result('ok', 0.79), { confidenceThreshold: 0.8, classThresholds: {} })).toBe(true);
    expect(isUncertain(result('ok', 0.8), { confidenceThreshold: 0.8, classThresholds: {} })).toBe(false);
  });

  it('lets a class threshold replace the project one for that predicted label only', () => {
    const thresholds = { confidenceThreshold: 0.5, classThresholds: { defect: 0.95, ok: 0 } };
    expect(isUncertain(result('defect', 0.9), thresholds)).toBe(true);
    expect(isUncertain(result('ok', 0.1), thresholds)).toBe(false);
    expect(isUncertain(result('scratch', 0.4), thresholds)).toBe(true);
  });
});
