import { Logger } from '@nestjs/common';

/**
 * Under the supervisor (tools/start.mjs) a service has an IPC channel to it; when that closes the
 * supervisor is gone, so the service stops instead of lingering as an orphan on its port.
 */
export function stopWhenSupervisorExits(close: () => Promise<void>): void {
  if (!process.connected) {
    return;
  }
  process.once('disconnect', () => {
    new Logger('Lifeline').warn('the supervisor is gone: stopping');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
