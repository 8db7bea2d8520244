import { selectForRetention } from './retention.service';

const GB = 1024 ** 3;
const now = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const image = (id: string, days: number, size: number) => ({ id, sha256: id, size, capturedAt: daysAgo(days) });

describe('selectForRetention', () => {
  // Oldest first, as the repository gives them.
  const candidates = [image('a', 40, GB), image('b', 20, GB), image('c', 5, GB), image('d', 1, GB)];

  it('takes what is older than the age limit', () => {
    expect(selectForRetention(candidates, 4 * GB, { days: 10, gb: null }, now).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('takes the oldest until the project is under the size limit, counting what the age rule took', () => {
    expect(selectForRetention(candidates, 10 * GB, { days: null, gb: 7.5 }, now).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(selectForRetention(candidates, 10 * GB, { days: 30, gb: 8 }, now).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('takes nothing when the rules are met, and never more than the candidates', () => {
    expect(selectForRetention(candidates, 4 * GB, { days: 100, gb: 5 }, now)).toEqual([]);
    expect(selectForRetention(candidates, 100 * GB, { days: null, gb: 1 }, now)).toHaveLength(4);
  });
});
