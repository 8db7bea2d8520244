import type { Classification } from './served-model';

export interface Thresholds {
  /** 0 turns the check off. */
  confidenceThreshold: number;
  classThresholds: Record<string, number>;
}

/** The label answered for an uncertain prediction; the model's best guess stays in the stored row and the scores. */
export const UNCERTAIN = 'uncertain';

/** A prediction below its label's threshold (or else the project's) is uncertain and goes to review instead of forcing a label. */
export function isUncertain(result: Classification, thresholds: Thresholds): boolean {
  const threshold = thresholds.classThresholds[result.label] ?? thresholds.confidenceThreshold;
  return threshold > 0 && result.confidence < threshold;
}
