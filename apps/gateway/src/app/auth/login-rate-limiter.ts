import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';

const WINDOW_MS = 60_000;

/** A sliding one-minute window of login attempts per client address. */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(@Inject(CONFIG) private readonly config: SightlineConfig) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(client: string, now = Date.now()): number {
    const recent = (this.attempts.get(client) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length >= this.config.loginRateLimit) {
      this.attempts.set(client, recent);
      return Math.ceil((recent[0] + WINDOW_MS - now) / 1000);
    }
    recent.push(now);
    this.attempts.set(client, recent);
    if (this.attempts.size > 10_000) {
      this.prune(now);
    }
    return 0;
  }

  private prune(now: number): void {
    for (const [client, times] of this.attempts) {
      if (times.every((t) => now - t >= WINDOW_MS)) {
        this.attempts.delete(client);
      }
    }
  }
}
