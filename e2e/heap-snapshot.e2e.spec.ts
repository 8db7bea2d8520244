import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PASSWORD, Api, startSystem, System, waitFor } from './support/system';

/**
 * A heap snapshot taken the way the README's memory diagnosis takes it (`--heapsnapshot-signal=SIGUSR2`, then the
 * signal to the gateway) leaves the gateway answering, in the same process: the signal is not a shutdown signal.
 */
describe('a heap snapshot of the gateway', () => {
  let system: System;
  const snapshots = mkdtempSync(join(tmpdir(), 'sightline-heap-'));

  beforeAll(async () => {
    system = await startSystem({ NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshots}` });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(snapshots, { recursive: true, force: true });
  });

  it('is written on SIGUSR2 and the gateway goes on serving', async () => {
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    expect((await api.request('GET', '/projects')).status).toBe(200);
    const gateway = system.childPid('gateway');

    process.kill(gateway, 'SIGUSR2');
    await waitFor('the heap snapshot', async () => (readdirSync(snapshots).some((name) => name.endsWith('.heapsnapshot')) ? true : undefined), 60_000, 200);
    // A shutdown started by the signal would have closed the port within this time.
    await new Promise((r) => setTimeout(r, 2000));

    expect((await api.request('GET', '/projects')).status).toBe(200);
    expect((await api.request('GET', '/health')).status).toBe(200);
    expect(system.childPid('gateway')).toBe(gateway);
  }, 120_000);
});
