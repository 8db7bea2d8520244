import { LoginRateLimiter } from './login-rate-limiter';
import type { SightlineConfig } from '@sightline/config';

describe('LoginRateLimiter', () => {
  const limiter = () => new LoginRateLimiter({ loginRateLimit: 3 } as SightlineConfig);

  it('allows the configured attempts per minute, then tells how long to wait', () => {
    const l = limiter();
    const t0 = 1_000_000;
    expect([l.hit('a', t0), l.hit('a', t0 + 1000), l.hit('a', t0 + 2000)]).toEqual([0, 0, 0]);
    expect(l.hit('a', t0 + 3000)).toBe(57);
    expect(l.hit('b', t0 + 3000)).toBe(0);
    expect(l.hit('a', t0 + 60_001)).toBe(0);
  });
});
