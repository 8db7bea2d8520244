// The load generator (tools/bench/load-generator.mjs) run as its own process, and the CPU time of the processes it
// loads, read from /proc: shared by bench:predict and bench:floor.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../e2e/support/system';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

export interface LoadResult {
  requests: number;
  ok: number;
  statuses: Record<string, number>;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  generatorCpuMs: number;
  /** CPU time (user + system) each watched process spent during the measured window, in ms. */
  cpuMs: Record<string, number>;
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (Linux; 0 elsewhere). */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Runs the load generator as its own process; samples the CPU time of `pids` when its warm-up ends and when it is done. */
export function load(options: Record<string, unknown>, pids: Record<string, number> = {}): Promise<LoadResult> {
  const sample = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuTimeMs(pid)]));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'tools/bench/load-generator.mjs'), JSON.stringify(options)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let before: Record<string, number> = sample();
    let result: LoadResult | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      let newline: number;
      while ((newline = stdout.indexOf('\n')) >= 0) {
        const line = JSON.parse(stdout.slice(0, newline)) as Partial<LoadResult> & { phase?: string };
        stdout = stdout.slice(newline + 1);
        if (line.phase === 'measure') {
          before = sample();
        } else {
          const after = sample();
          result = { ...(line as LoadResult), cpuMs: Object.fromEntries(Object.keys(pids).map((name) => [name, after[name] - before[name]])) };
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`load generator exited with ${code}\n${stderr}`))));
  });
}
