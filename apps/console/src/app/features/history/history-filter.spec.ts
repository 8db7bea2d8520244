import {
  EMPTY_FILTER,
  fromLocalInput,
  toLocalInput,
  toPredictionFilter,
  toQueryParams,
  triState,
} from './history-filter';

describe('history filters', () => {
  it('sends only the filters that are set, numbers as numbers', () => {
    expect(toPredictionFilter(EMPTY_FILTER)).toEqual({});
    expect(
      toPredictionFilter({
        ...EMPTY_FILTER,
        label: ' ok ',
        predicted: 'defect',
        modelVersion: '3',
        minConfidence: '0.25',
        maxConfidence: '0.9',
        camera: 'c0ffee00-0000-4000-8000-000000000000',
        from: '2026-01-01T00:00:00.000Z',
        reviewed: 'false',
        uncertain: 'true',
      }),
    ).toEqual({
      label: 'ok',
      predicted: 'defect',
      modelVersion: 3,
      minConfidence: 0.25,
      maxConfidence: 0.9,
      camera: 'c0ffee00-0000-4000-8000-000000000000',
      from: '2026-01-01T00:00:00.000Z',
      reviewed: 'false',
      uncertain: 'true',
    });
  });

  it('passes a number out of range on, for the API to refuse with its reason', () => {
    expect(toPredictionFilter({ ...EMPTY_FILTER, minConfidence: '2' })).toEqual(
      { minConfidence: 2 },
    );
  });

  it('removes unset filters from the query string', () => {
    expect(
      toQueryParams({ ...EMPTY_FILTER, predicted: 'tl', reviewed: 'true' }),
    ).toEqual({
      label: null,
      predicted: 'tl',
      modelVersion: null,
      minConfidence: null,
      maxConfidence: null,
      camera: null,
      from: null,
      to: null,
      reviewed: 'true',
      uncertain: null,
    });
  });

  it('reads anything but true and false as any', () => {
    expect(triState('true')).toBe('true');
    expect(triState('false')).toBe('false');
    expect(triState(undefined)).toBe('any');
    expect(triState('maybe')).toBe('any');
  });

  it('turns datetime-local values into ISO times and back', () => {
    const iso = fromLocalInput('2026-03-04T05:06');
    expect(iso).toBe(new Date(2026, 2, 4, 5, 6).toISOString());
    expect(toLocalInput(iso)).toBe('2026-03-04T05:06');
    expect(fromLocalInput('')).toBe('');
    expect(toLocalInput('')).toBe('');
    expect(toLocalInput('yesterday')).toBe('');
  });
});
