import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { databaseOutageReason } from '@sightline/grpc';
import type { CameraV1 } from '@sightline/contracts';
import { CameraEntity } from '@sightline/persistence';
import { CronTime } from 'cron';
import { createHash, randomUUID } from 'node:crypto';
import { FSWatcher, watch } from 'node:fs';
import { hostname } from 'node:os';
import { CameraRepository } from './camera.repository';
import { CaptureService, CaptureTrigger } from './capture.service';
import { CaptureDriversRepository } from './drivers/capture-drivers.repository';

/** A folder camera scans this long after the last change it was told about (files are often written in several steps). */
const FOLDER_SETTLE_MS = 400;
/** When the database could not be read to re-arm a camera, try again after this. */
const REARM_RETRY_MS = 5000;
/** How often a replica looks for enabled cameras it has no timer for (created or enabled through another replica). */
const RESYNC_MS = 15_000;
/** A replica's claim on a camera's schedule lasts this long past each capture (at least three intervals). */
const MIN_LEASE_MS = 30_000;

type Schedule = Pick<CameraEntity, 'scheduleEverySeconds' | 'scheduleCron' | 'consecutiveFailures'>;

/**
 * Milliseconds until a camera's next scheduled capture, or undefined when it has no schedule.
 * An interval counts from the start of the last capture, so a slow camera keeps its rate while it can; the first
 * capture after arming comes at the camera's own phase of the interval.
 * After failures the wait doubles per failure (from the interval, or 1 s for cron), up to the cap; a cron
 * camera then waits for its first tick after that.
 */
export function nextDelayMs(camera: Schedule, now: number, lastStartMs: number | undefined, backoffMaxMs: number, phase = 1): number | undefined {
  const failures = camera.consecutiveFailures;
  if (camera.scheduleEverySeconds) {
    const interval = camera.scheduleEverySeconds * 1000;
    if (lastStartMs === undefined && failures === 0) {
      // First capture after (re)arming: each camera at its own point of the interval, so cameras
      // enabled together (or at a restart) do not all fire in the same millisecond forever after.
      return Math.floor(interval * phase);
    }
    const wait = failures > 0 ? Math.min(interval * 2 ** (failures - 1), Math.max(backoffMaxMs, interval)) : interval;
    return Math.max(0, (lastStartMs ?? now) + wait - now);
  }
  if (camera.scheduleCron) {
    const backoff = failures > 0 ? Math.min(1000 * 2 ** (failures - 1), backoffMaxMs) : 0;
    const next = new CronTime(camera.scheduleCron).getNextDateFrom(new Date(now + backoff)).toMillis();
    return Math.max(0, next - now);
  }
  return undefined;
}

/** A fixed fraction in [0, 1) per camera id. */
export function phaseOf(id: string): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Every enabled camera on its own timer. Captures of different cameras never wait for each other; a camera
 * has at most one scheduled capture running, and its next one is armed when it ends, from its row as it is then,
 * so edits, disabling and deletion apply without a restart.
 */
@Injectable()
export class CaptureSchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CaptureSchedulerService.name);
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; at: Date }>();
  private readonly busy = new Set<string>();
  /** Cameras whose scheduled capture is running or being re-armed (they have no timer meanwhile), with its start. */
  private readonly firing = new Map<string, number>();
  /** Cameras asked to capture (folder change) while a capture of theirs was running. */
  private readonly again = new Set<string>();
  private readonly watchers = new Map<string, { path: string; watcher: FSWatcher; debounce?: NodeJS.Timeout }>();
  private stopped = false;
  private resync?: NodeJS.Timeout;
  /** Cameras whose lease this replica won last: while the database is away they stay with it. */
  private readonly holding = new Set<string>();
  /** This replica, in the cameras' lease columns. */
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly cameras: CameraRepository,
    private readonly captures: CaptureService,
    private readonly drivers: CaptureDriversRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const cameras = await this.cameras.listEnabled();
    for (const camera of cameras) {
      this.arm(camera);
    }
    this.logger.log(`${cameras.length} enabled camera(s), ${this.timers.size} on a schedule, ${this.watchers.size} folder(s) watched`);
    this.resync = setInterval(() => void this.armMissing(), RESYNC_MS);
    this.resync.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.resync);
    for (const id of [...this.timers.keys(), ...this.watchers.keys()]) {
      this.disarm(id);
    }
  }

  /** After a camera was created or changed (or deleted: null): its timer and watcher follow its row from now on. */
  refresh(id: string, camera: CameraEntity | null): void {
    this.disarm(id);
    if (!camera) {
      this.again.delete(id);
      return;
    }
    if (!this.busy.has(id)) {
      this.arm(camera);
    }
  }

  /**
   * When the camera's next scheduled capture is due. While a scheduled capture runs, its timer is gone until the
   * capture ends, so the next one is projected from the camera's row and that capture's start, as `arm` would.
   */
  nextCaptureAt(camera: CameraEntity): Date | undefined {
    const armed = this.timers.get(camera.id);
    if (armed) {
      return armed.at;
    }
    const started = this.firing.get(camera.id);
    if (started === undefined || !camera.enabled) {
      return undefined;
    }
    const now = Date.now();
    const delay = this.delayOf(camera, now, started);
    return delay === undefined ? undefined : new Date(now + delay);
  }

  /** `nextDelayMs` with this service's backoff cap and the camera's own phase: what `arm` waits, and what it would. */
  private delayOf(camera: CameraEntity, now: number, lastStartMs: number | undefined): number | undefined {
    return nextDelayMs(camera, now, lastStartMs, this.config.cameras.backoffMaxSeconds * 1000, phaseOf(camera.id));
  }

  /** Capture now (REST, gRPC, MQTT): runs at once, then the schedule goes on from the new status (a success ends a backoff). */
  async captureNow(camera: CameraEntity, trigger: CaptureTrigger): Promise<CameraV1.CaptureResponse> {
    try {
      return await this.captures.capture(camera, trigger);
    } finally {
      if (!this.busy.has(camera.id) && camera.enabled) {
        this.disarm(camera.id, false);
        this.arm(camera);
      }
    }
  }

  /** Arms enabled cameras this replica does not know about yet (created or enabled through another replica). */
  private async armMissing(): Promise<void> {
    try {
      for (const camera of await this.cameras.listEnabled()) {
        if (!this.timers.has(camera.id) && !this.busy.has(camera.id) && !this.watchers.has(camera.id)) {
          this.arm(camera);
        }
      }
    } catch (error) {
      this.logger.warn(`could not look for new cameras: ${(error as Error).message}`);
    }
  }

  private arm(camera: CameraEntity, lastStartMs?: number): void {
    if (this.stopped || !camera.enabled || camera.kind === 'webcam') {
      return;
    }
    if (camera.kind === 'folder' && this.watch(camera)) {
      return; // a first scan runs now and arms the schedule when it ends
    }
    const delay = this.delayOf(camera, Date.now(), lastStartMs);
    if (delay !== undefined) {
      this.schedule(camera.id, delay);
    }
  }

  private schedule(id: string, delayMs: number): void {
    const existing = this.timers.get(id);
    if (existing) {
      clearTimeout(existing.timer);
    }
    const timer = setTimeout(() => void this.fire(id), delayMs);
    this.timers.set(id, { timer, at: new Date(Date.now() + delayMs) });
  }

  private disarm(id: string, closeWatcher = true): void {
    const entry = this.timers.get(id);
    if (entry) {
      clearTimeout(entry.timer);
      this.timers.delete(id);
    }
    const watched = this.watchers.get(id);
    if (watched && closeWatcher) {
      clearTimeout(watched.debounce);
      watched.watcher.close();
      this.watchers.delete(id);
    }
  }

  private async fire(id: string): Promise<void> {
    this.timers.delete(id);
    if (this.busy.has(id) || this.stopped) {
      this.again.add(id);
      return;
    }
    this.busy.add(id);
    const started = Date.now();
    this.firing.set(id, started);
    try {
      const camera = await this.cameras.findById(id);
      if (!camera?.enabled) {
        return;
      }
      // With several camera service replicas, only the one holding the camera's lease captures; the others keep
      // their timer and take over once a dead holder's lease runs out.
      const leaseMs = Math.max(MIN_LEASE_MS, 3 * (camera.scheduleEverySeconds ?? 0) * 1000);
      if (!(await this.claim(id, new Date(started + leaseMs), new Date(started)))) {
        return;
      }
      await this.captures.capture(camera, 'schedule').catch(() => undefined); // recorded on the camera's status
    } catch (error) {
      this.logger.error(`scheduled capture of camera ${id} could not run: ${(error as Error).message}`);
    } finally {
      this.busy.delete(id);
    }
    await this.rearm(id, started);
    this.firing.delete(id);
  }

  /**
   * The lease, as `CameraRepository.claim`. When the database cannot be reached, the replica that held the lease last
   * keeps capturing (its frames go to the spool) and no other replica can take over meanwhile, since none can write.
   */
  private async claim(id: string, until: Date, now: Date): Promise<boolean> {
    try {
      const won = await this.cameras.claim(id, this.owner, until, now);
      if (won) {
        this.holding.add(id);
      } else {
        this.holding.delete(id);
      }
      return won;
    } catch (error) {
      if (databaseOutageReason(error) && this.holding.has(id)) {
        return true;
      }
      throw error;
    }
  }

  private async rearm(id: string, started: number): Promise<void> {
    if (this.stopped) {
      return;
    }
    try {
      const camera = await this.cameras.findById(id);
      if (!camera) {
        this.disarm(id);
        return;
      }
      if (this.again.delete(id) && camera.enabled) {
        this.schedule(id, 0);
        return;
      }
      if (camera.enabled && this.drivers.hasUnsettled(id)) {
        this.schedule(id, FOLDER_SETTLE_MS);
        return;
      }
      if (!this.timers.has(id)) {
        this.arm(camera, started);
      }
    } catch (error) {
      this.logger.error(`camera ${id} could not be re-armed, retrying: ${(error as Error).message}`);
      this.schedule(id, REARM_RETRY_MS);
    }
  }

  /** True when a new watch started (and with it a first scan). */
  private watch(camera: CameraEntity): boolean {
    const path = camera.path ?? '';
    const existing = this.watchers.get(camera.id);
    if (existing?.path === path) {
      return false;
    }
    if (existing) {
      existing.watcher.close();
    }
    try {
      const entry: { path: string; watcher: FSWatcher; debounce?: NodeJS.Timeout } = { path, watcher: watch(path, { persistent: false }) };
      entry.watcher.on('change', () => {
        clearTimeout(entry.debounce);
        entry.debounce = setTimeout(() => this.schedule(camera.id, 0), FOLDER_SETTLE_MS);
      });
      entry.watcher.on('error', (error) => {
        this.logger.warn(`watching the folder of camera ${camera.id} stopped: ${error.message}`);
        entry.watcher.close();
        this.watchers.delete(camera.id);
      });
      this.watchers.set(camera.id, entry);
      // Files already there when the watch starts are ingested once too.
      this.schedule(camera.id, 0);
      return true;
    } catch (error) {
      this.logger.warn(`cannot watch the folder of camera ${camera.id}: ${(error as Error).message}`);
      return false;
    }
  }
}
