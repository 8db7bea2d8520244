import type { PredictionFilter } from '../../core/data-access/history.api';

export type TriState = 'any' | 'true' | 'false';

/** The history filters as the query string holds them: strings, empty when unset; times in ISO 8601. */
export interface HistoryFilterValue {
  label: string;
  predicted: string;
  modelVersion: string;
  minConfidence: string;
  maxConfidence: string;
  camera: string;
  from: string;
  to: string;
  reviewed: TriState;
  uncertain: TriState;
}

export const EMPTY_FILTER: HistoryFilterValue = {
  label: '',
  predicted: '',
  modelVersion: '',
  minConfidence: '',
  maxConfidence: '',
  camera: '',
  from: '',
  to: '',
  reviewed: 'any',
  uncertain: 'any',
};

const TEXT_KEYS = [
  'label',
  'predicted',
  'modelVersion',
  'minConfidence',
  'maxConfidence',
  'camera',
  'from',
  'to',
] as const;

export function triState(value: string | undefined): TriState {
  return value === 'true' || value === 'false' ? value : 'any';
}

/**
 * The API's filter. Numbers go as typed, even when out of range or not numbers at all, so that the API's
 * 400 says what is wrong with them instead of the console silently dropping a filter.
 */
export function toPredictionFilter(
  value: HistoryFilterValue,
): PredictionFilter {
  const filter: PredictionFilter = {};
  const text = (s: string) => s.trim();
  if (text(value.label)) {
    filter.label = text(value.label);
  }
  if (text(value.predicted)) {
    filter.predicted = text(value.predicted);
  }
  if (text(value.modelVersion)) {
    filter.modelVersion = Number(text(value.modelVersion));
  }
  if (text(value.minConfidence)) {
    filter.minConfidence = Number(text(value.minConfidence));
  }
  if (text(value.maxConfidence)) {
    filter.maxConfidence = Number(text(value.maxConfidence));
  }
  if (text(value.camera)) {
    filter.camera = text(value.camera);
  }
  if (text(value.from)) {
    filter.from = text(value.from);
  }
  if (text(value.to)) {
    filter.to = text(value.to);
  }
  if (value.reviewed !== 'any') {
    filter.reviewed = value.reviewed;
  }
  if (value.uncertain !== 'any') {
    filter.uncertain = value.uncertain;
  }
  return filter;
}

/** Router query params for the filter: unset ones are removed from the URL (null). */
export function toQueryParams(
  value: HistoryFilterValue,
): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const key of TEXT_KEYS) {
    params[key] = value[key].trim() || null;
  }
  params['reviewed'] = value.reviewed === 'any' ? null : value.reviewed;
  params['uncertain'] = value.uncertain === 'any' ? null : value.uncertain;
  return params;
}

/** An ISO time as the value of an `<input type="datetime-local">` (local time, minutes); empty when not a time. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` (local time) as ISO 8601 in UTC; empty when empty. */
export function fromLocalInput(local: string): string {
  const date = new Date(local);
  return !local || Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
