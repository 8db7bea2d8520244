import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CaptureSpoolRepository } from './capture-spool.repository';
import { historyUnavailable, messageOf } from './capture.service';
import { HistoryClientRepository } from './history-client.repository';

/** How often the spool is offered to history again. */
const DRAIN_EVERY_MS = 2000;

/**
 * Stores spooled captures in history, oldest first, as soon as it takes them again. A frame is removed from the
 * spool only after history acknowledged it; sending one twice (an answer lost to a deadline) stores it once,
 * since history keeps the same bytes as one image.
 */
@Injectable()
export class CaptureSpoolService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CaptureSpoolService.name);
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly spool: CaptureSpoolRepository,
    private readonly history: HistoryClientRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.drain(), DRAIN_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
  }

  drain(): Promise<void> {
    this.draining ??= this.drainOnce().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async drainOnce(): Promise<void> {
    let stored = 0;
    try {
      for (const entry of await this.spool.list()) {
        if (this.stopped) {
          break;
        }
        try {
          await this.history.storeCapture(entry.projectId, entry.cameraId, await this.spool.content(entry.id), entry.filename, entry.label, entry.capturedAt);
          stored++;
        } catch (error) {
          if (historyUnavailable(error)) {
            break; // still down: the next round tries again
          }
          // Refused for good (the project was deleted, the frame does not decode): keeping it would block the rest.
          this.logger.warn(`spooled capture ${entry.id} of camera ${entry.cameraId} refused by history, dropped: ${messageOf(error)}`);
        }
        await this.spool.remove(entry.id);
      }
    } catch (error) {
      this.logger.error(`the capture spool could not be drained: ${messageOf(error)}`);
    }
    if (stored > 0) {
      this.logger.log(`${stored} spooled capture(s) stored in history`);
    }
  }
}
