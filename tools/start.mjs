// `npm start`: builds the apps, runs each service as its own OS process, restarts the ones that
// crash, and stops them all together. Usage: node tools/start.mjs [--no-build] [--only history,camera]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// The gateway comes last: it dials the others, which need a moment to bind.
const APPS = ['history', 'camera', 'training', 'inference', 'gateway'];
const EX_CONFIG = 78;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const POLL_MS = 500;

const root = resolve(process.env.SIGHTLINE_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
const pidFile = join(dataDir, 'run', 'supervisor.json');
const port = process.env.PORT || '3000';

const useColor = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
const COLORS = { history: 36, camera: 35, training: 33, inference: 34, gateway: 32, sightline: 1 };
const NAME_WIDTH = Math.max(...Object.keys(COLORS).map((name) => name.length));

/** @type {{ name: string, proc: import('node:child_process').ChildProcess | null, startedAt: number, failures: number, timer: NodeJS.Timeout | null }[]} */
let children = [];
let buildProc = null;
let stopping = false;

function prefix(name) {
  const label = `[${name.padEnd(NAME_WIDTH)}]`;
  return useColor ? `\x1b[${COLORS[name] ?? 0}m${label}\x1b[0m ` : `${label} `;
}

function log(message) {
  process.stdout.write(`${prefix('sightline')}${message}\n`);
}

function fail(message, code = 1) {
  process.stderr.write(`${prefix('sightline')}${message}\n`);
  process.exit(code);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, only: { type: 'string' } } }));
  } catch (error) {
    fail(`${error.message}\nusage: node tools/start.mjs [--no-build] [--only ${APPS.join(',')}]`, 2);
  }
  const only = values.only?.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = (only ?? []).filter((name) => !APPS.includes(name));
  if (unknown.length > 0) {
    fail(`--only: unknown app ${unknown.join(', ')} (apps: ${APPS.join(', ')})`, 2);
  }
  return { build: !values['no-build'], apps: only ? APPS.filter((name) => only.includes(name)) : APPS };
}

function isAlive(proc) {
  return proc !== null && proc.exitCode === null && proc.signalCode === null;
}

function exited(proc) {
  return isAlive(proc) ? once(proc, 'exit') : Promise.resolve();
}

// 'exit' can come before the last lines (a crash's stack trace) are read; wait for them, but
// not forever: a grandchild such as ffmpeg may hold the pipes open.
function drained(proc) {
  const closed = [proc.stdout, proc.stderr].map((stream) => (stream.closed ? undefined : once(stream, 'close')));
  return Promise.race([Promise.all(closed), sleep(250)]);
}

function describeExit(code, signal) {
  return signal ? `signal ${signal}` : `code ${code}`;
}

async function build(apps) {
  // The gateway serves the console's static build, so it needs that too.
  const projects = apps.includes('gateway') ? [...apps, 'console'] : apps;
  log(`building ${projects.join(', ')}`);
  buildProc = spawn('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects.join(',')}`], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const [code, signal] = await once(buildProc, 'exit');
  buildProc = null;
  if (!stopping && code !== 0) {
    fail(`build failed (${describeExit(code, signal)}); not starting anything`, code || 1);
  }
}

function checkBuilt(apps) {
  const missing = apps.map((name) => `dist/apps/${name}/main.js`).filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    fail(`missing ${missing.join(', ')}; run without --no-build`);
  }
}

function runningSupervisor() {
  try {
    const { supervisor } = JSON.parse(readFileSync(pidFile, 'utf8'));
    process.kill(supervisor, 0);
    return supervisor;
  } catch {
    return null; // no file, unreadable, or left by a supervisor that was killed
  }
}

function writePidFile() {
  const pids = Object.fromEntries(children.map((child) => [child.name, isAlive(child.proc) ? child.proc.pid : null]));
  mkdirSync(dirname(pidFile), { recursive: true });
  // Written then renamed, so a reader never sees half a file.
  writeFileSync(`${pidFile}.tmp`, `${JSON.stringify({ supervisor: process.pid, children: pids }, null, 2)}\n`);
  renameSync(`${pidFile}.tmp`, pidFile);
}

function pipeLines(stream, name, out) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix(name)}${line}\n`));
}

function launch(child) {
  child.timer = null;
  child.startedAt = Date.now();
  // The IPC channel is only a lifeline: when the supervisor dies, even by SIGKILL, it closes and the child stops itself.
  const proc = spawn(process.execPath, [join('dist', 'apps', child.name, 'main.js')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.proc = proc;
  pipeLines(proc.stdout, child.name, process.stdout);
  pipeLines(proc.stderr, child.name, process.stderr);
  proc.on('exit', (code, signal) => void drained(proc).then(() => onExit(child, code, signal)));
  proc.on('error', (error) => {
    log(`${child.name}: ${error.message}`);
    if (proc.pid === undefined) {
      onExit(child, 1, null);
    }
  });
  if (proc.pid !== undefined) {
    writePidFile();
  }
}

function onExit(child, code, signal) {
  writePidFile();
  if (stopping) {
    log(`${child.name} stopped (${describeExit(code, signal)})`);
    return;
  }
  if (code === EX_CONFIG) {
    log(`${child.name} exited with code ${EX_CONFIG} (configuration error); restarting cannot fix that, stopping everything`);
    void stopAll(EX_CONFIG);
    return;
  }
  const uptime = Date.now() - child.startedAt;
  if (uptime >= STABLE_AFTER_MS) {
    child.failures = 0;
  }
  const delay = Math.min(BACKOFF_MIN_MS * 2 ** child.failures, BACKOFF_MAX_MS);
  child.failures += 1;
  log(
    `${child.name} exited unexpectedly (${describeExit(code, signal)}) after ${seconds(uptime)}; ` +
      `restarting in ${seconds(delay)} (restart ${child.failures} in a row)`,
  );
  child.timer = setTimeout(() => launch(child), delay);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function stopAll(exitCode) {
  if (stopping) {
    return;
  }
  stopping = true;
  children.forEach((child) => clearTimeout(child.timer));
  const running = [buildProc, ...children.map((child) => child.proc)].filter((proc) => proc && isAlive(proc));
  if (running.length > 0) {
    log(`stopping ${running.length} process(es)`);
  }
  running.forEach((proc) => proc.kill('SIGTERM'));
  const allExited = Promise.all(running.map((proc) => exited(proc).then(() => proc.stdout && drained(proc))));
  const timedOut = await Promise.race([allExited.then(() => false), sleep(STOP_GRACE_MS).then(() => true)]);
  if (timedOut) {
    killStragglers();
    await allExited;
  }
  rmSync(pidFile, { force: true });
  process.exit(exitCode);
}

function killStragglers() {
  for (const child of children.filter((c) => isAlive(c.proc))) {
    log(`${child.name} did not stop; sending SIGKILL`);
    child.proc.kill('SIGKILL');
  }
  if (buildProc && isAlive(buildProc)) {
    buildProc.kill('SIGKILL');
  }
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms).unref());
}

function installHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (stopping) {
        log(`${signal} again: killing everything now`);
        killStragglers();
        return;
      }
      log(`${signal} received`);
      void stopAll(0);
    });
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${prefix('sightline')}supervisor crashed: ${error.stack ?? error}\n`);
    if (stopping) {
      process.exit(1);
    }
    void stopAll(1);
  });
  // Last line of defence: whatever path ends this process, no child outlives it.
  process.on('exit', killStragglers);
}

function announceWhenListening() {
  if (stopping) {
    return;
  }
  const request = http.get({ host: '127.0.0.1', port, path: '/api/v1/health', timeout: 2000, agent: false }, (res) => {
    res.resume();
    printBanner();
  });
  request.on('timeout', () => request.destroy());
  request.on('error', () => setTimeout(announceWhenListening, POLL_MS));
}

function printBanner() {
  const lines = [`Sightline console: http://localhost:${port}/`, `API docs: http://localhost:${port}/api/docs`];
  const text = lines.map((line) => `  ${line}`).join('\n');
  process.stdout.write(`\n${useColor ? `\x1b[1m${text}\x1b[0m` : text}\n\n`);
}

async function main() {
  const options = parseOptions();
  const other = runningSupervisor();
  if (other) {
    fail(`another supervisor (pid ${other}) is running on ${dataDir}; stop it first`);
  }
  installHandlers();
  if (options.build) {
    await build(options.apps);
  }
  if (stopping) {
    return;
  }
  checkBuilt(options.apps);
  children = options.apps.map((name) => ({ name, proc: null, startedAt: 0, failures: 0, timer: null }));
  log(`starting ${options.apps.join(', ')} (pids in ${pidFile})`);
  children.forEach(launch);
  if (options.apps.includes('gateway')) {
    announceWhenListening();
  }
}

await main();
