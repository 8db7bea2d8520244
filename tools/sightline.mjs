// `npm run sightline -- <command>`: a small client of a running gateway's REST API.
// Usage: see HELP below, or `npm run sightline -- help`.
import { existsSync, openAsBlob, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yauzl from 'yauzl';

const HELP = `usage: npm run sightline -- <command> [options]

commands:
  import <project> <zip>   upload a zip in image-folder layout (train/<label>/*, test/<label>/*
                           or <label>/*) to a project, given by id or exact name, and follow the
                           import until it ends
  projects                 list projects: id, images, name, labels
  help                     show this text

options:
  --url <url>              the gateway (SIGHTLINE_URL, default http://localhost:3000)
  --user <name>            log in as this user (SIGHTLINE_USER)
  --password <password>    with --user (SIGHTLINE_PASSWORD; prefer the variable, it stays out of ps)

credentials, the first that applies: --user/--password; SIGHTLINE_API_KEY (sent as X-API-Key);
SIGHTLINE_USER/SIGHTLINE_PASSWORD; user admin with the password in $DATA_DIR/admin-password
(DATA_DIR default ./data, as for npm start).

exit codes: 0 done (import: every file imported or already there), 1 failed (import failed, or the
gateway, the credentials, the project or the file was wrong), 2 bad command line or no credentials,
3 import finished but skipped some files (listed), 130 interrupted (the import goes on).`;

const MORE = 'see: npm run sightline -- help';
const EXIT = { ok: 0, failed: 1, usage: 2, skipped: 3, interrupted: 130 };
const POLL_MS = 1000;
const PLAIN_EVERY_MS = 5000;
const RATE_WINDOW_MS = 10_000;
// Polls survive a gateway restart (the supervisor brings it back) for this long.
const LOST_AFTER_MS = 30_000;
const ERRORS_SHOWN = 20;
// The history service's rule for what it counts as a file (directories and OS junk are not).
const IGNORED = /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|\._[^/]*)(\/|$)/;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the package root; paths on the command line are relative to where it was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();

class CliError extends Error {
  constructor(message, code = EXIT.failed) {
    super(message);
    this.code = code;
  }
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${error.message}\n${MORE}`, EXIT.usage);
  }
}

/** The REST client: base URL plus whichever credentials apply, logging in on first use. */
class Gateway {
  constructor(options) {
    this.base = (options.url ?? process.env.SIGHTLINE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
    this.options = options;
    this.headers = null;
  }

  async request(method, path, { json, form, timeoutMs = 30_000 } = {}) {
    const headers = { ...(await this.auth()), ...(json ? { 'content-type': 'application/json' } : {}) };
    const body = json ? JSON.stringify(json) : form;
    return this.send(method, path, { headers, body, signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined });
  }

  async send(method, path, init) {
    let response;
    try {
      response = await fetch(`${this.base}/api/v1${path}`, { method, ...init });
    } catch (error) {
      const cause = error.name === 'TimeoutError' ? 'no answer in time' : (error.cause?.message ?? error.message);
      throw new CliError(`cannot reach the gateway at ${this.base}: ${cause} (is it running? set --url or SIGHTLINE_URL)`);
    }
    const text = await response.text();
    let data = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the message.
    }
    if (!response.ok) {
      const reason = typeof data === 'object' && data !== null ? data.message : text.slice(0, 200);
      const what = { 401: 'authentication failed', 403: 'permission denied' }[response.status] ?? `${method} ${path} answered ${response.status}`;
      const error = new CliError(`${what}: ${reason || response.statusText}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  async auth() {
    this.headers ??= await this.credentials();
    return this.headers;
  }

  async credentials() {
    const onCommandLine = this.options.user !== undefined || this.options.password !== undefined;
    if (!onCommandLine && process.env.SIGHTLINE_API_KEY) {
      return { 'x-api-key': process.env.SIGHTLINE_API_KEY };
    }
    const user = this.options.user ?? process.env.SIGHTLINE_USER ?? 'admin';
    let password = this.options.password ?? process.env.SIGHTLINE_PASSWORD;
    const file = resolve(root, process.env.DATA_DIR ?? 'data', 'admin-password');
    if (password === undefined && user === 'admin' && existsSync(file)) {
      password = readFileSync(file, 'utf8').trim();
    }
    if (password === undefined) {
      throw new CliError(
        `no credentials: set SIGHTLINE_API_KEY, or SIGHTLINE_USER and SIGHTLINE_PASSWORD (or --user/--password); ${file} does not exist`,
        EXIT.usage,
      );
    }
    const login = await this.send('POST', '/auth/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user, password }),
      signal: AbortSignal.timeout(30_000),
    });
    return { authorization: `Bearer ${login.accessToken}` };
  }
}

async function findProject(gateway, wanted) {
  const projects = await gateway.request('GET', '/projects');
  const project = projects.find((p) => p.id === wanted) ?? projects.find((p) => p.name === wanted);
  if (!project) {
    const known = projects.map((p) => p.name).join(', ') || 'none yet';
    throw new CliError(`no project with id or name "${wanted}" (projects: ${known})`);
  }
  return project;
}

/** Files the server will count, read from the zip's central directory; undefined when it is not a readable zip (the server then says why). */
async function countFiles(path) {
  try {
    const zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false });
    let files = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entry.fileName.toString('utf8');
        if (!name.endsWith('/') && !IGNORED.test(name)) {
          files++;
        }
      }
    } finally {
      zip.close();
    }
    return files;
  } catch {
    return undefined;
  }
}

const number = (n) => n.toLocaleString('en-US');

function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  const pad = (v) => String(v).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function size(bytes) {
  const units = ['B', 'kB', 'MB', 'GB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return `${(bytes / 1000 ** i).toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** Files per second over the last few polls, and the time left at that rate. */
class Rate {
  samples = [];

  add(processed) {
    const now = Date.now();
    this.samples.push({ at: now, processed });
    while (this.samples.length > 2 && now - this.samples[0].at > RATE_WINDOW_MS) {
      this.samples.shift();
    }
  }

  perSecond() {
    const [first, last] = [this.samples[0], this.samples[this.samples.length - 1]];
    return last && last.at > first.at ? ((last.processed - first.processed) * 1000) / (last.at - first.at) : undefined;
  }

  eta(processed, expected) {
    const rate = this.perSecond();
    return expected !== undefined && rate ? (expected - processed) / rate : undefined;
  }
}

function progressParts(job, expected, rate) {
  const processed = job.total;
  // The server's count can pass ours if the zip changed on disk meanwhile; never show more than 100%.
  const known = expected !== undefined && expected >= processed;
  const fraction = known ? (expected === 0 ? 1 : processed / expected) : undefined;
  const perSecond = rate.perSecond();
  const eta = known && job.state === 'running' ? rate.eta(processed, expected) : undefined;
  return {
    fraction,
    text: [
      job.state === 'running' ? null : job.state,
      fraction === undefined ? null : `${Math.floor(fraction * 100)}%`,
      `${number(processed)}${known ? `/${number(expected)}` : ''} files`,
      `${number(job.imported)} imported`,
      `${number(job.duplicates)} duplicates`,
      `${number(job.skipped)} skipped`,
      perSecond === undefined ? null : `${number(Math.round(perSecond))} files/s`,
      eta === undefined ? null : `ETA ${duration(eta)}`,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

/** On a terminal: one line redrawn in place. Elsewhere (a log, a pipe): a plain line every few seconds. */
function progressView(stream) {
  if (stream.isTTY) {
    return {
      update({ fraction, text }) {
        const columns = stream.columns || 80;
        const width = Math.min(30, columns - text.length - 4);
        const bar = fraction !== undefined && width >= 10 ? `[${'█'.repeat(Math.round(fraction * width)).padEnd(width, '░')}] ` : '';
        stream.write(`\r${(bar + text).slice(0, columns - 1)}\x1b[K`);
      },
      end() {
        stream.write('\n');
      },
    };
  }
  let last = 0;
  return {
    update({ text }, force = false) {
      if (force || Date.now() - last >= PLAIN_EVERY_MS) {
        stream.write(`${text}\n`);
        last = Date.now();
      }
    },
    end() {
      // Plain lines end themselves.
    },
  };
}

async function follow(gateway, job, zip, view) {
  const rate = new Rate();
  let lastState = '';
  let failingSince;
  for (;;) {
    rate.add(job.total);
    view.update(progressParts(job, zip.files, rate), job.state !== lastState);
    lastState = job.state;
    if (job.state === 'succeeded' || job.state === 'failed') {
      view.end();
      return job;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      job = await gateway.request('GET', `/imports/${job.id}`);
      failingSince = undefined;
    } catch (error) {
      // A gateway restarting or a service briefly down (503) is waited out; a 4xx is not.
      failingSince ??= Date.now();
      if ((error.status !== undefined && error.status < 500) || Date.now() - failingSince > LOST_AFTER_MS) {
        view.end();
        throw new CliError(`${error.message}\nlost track of import ${job.id}; it may go on in the gateway (GET /api/v1/imports/${job.id})`);
      }
    }
  }
}

function summarize(job, seconds) {
  const out = [
    `import ${job.id} ${job.state} in ${duration(seconds)}: ${number(job.total)} files, ${number(job.imported)} imported, ` +
      `${number(job.duplicates)} duplicates, ${number(job.skipped)} skipped`,
  ];
  if (job.labelsAdded.length > 0) {
    out.push(`labels added: ${job.labelsAdded.join(', ')}`);
  }
  if (job.skipped > 0) {
    out.push(`skipped files:`);
    out.push(...job.errors.slice(0, ERRORS_SHOWN).map((e) => `  ${e.file}: ${e.reason}`));
    if (job.skipped > ERRORS_SHOWN) {
      out.push(`  … and ${number(job.skipped - ERRORS_SHOWN)} more (GET /api/v1/imports/${job.id} lists the first 1,000)`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (job.state === 'failed') {
    process.stderr.write(`import failed: ${job.error}\n`);
    return EXIT.failed;
  }
  return job.skipped > 0 ? EXIT.skipped : EXIT.ok;
}

async function importZip(gateway, projectArg, zipArg) {
  const path = resolve(cwd, zipArg);
  if (!existsSync(path)) {
    throw new CliError(`${zipArg}: no such file`);
  }
  if (!statSync(path).isFile()) {
    throw new CliError(`${zipArg}: not a file`);
  }
  const project = await findProject(gateway, projectArg);
  const view = progressView(process.stdout);
  let job = null;
  process.once('SIGINT', () => {
    view.end();
    process.stderr.write(
      job ? `stopped following; import ${job.id} goes on in the gateway (GET /api/v1/imports/${job.id})\n` : 'interrupted before the upload ended: nothing imported\n',
    );
    process.exit(EXIT.interrupted);
  });
  // Reading the directory of a 70,000-file zip takes seconds: count while the upload and the import run.
  const zip = { files: undefined };
  void countFiles(path).then((files) => (zip.files = files));
  const blob = await openAsBlob(path, { type: 'application/zip' });
  const form = new FormData();
  form.append('file', blob, basename(path));
  process.stdout.write(`uploading ${basename(path)} (${size(blob.size)}) to project "${project.name}"\n`);
  const started = Date.now();
  job = await gateway.request('POST', `/projects/${project.id}/imports`, { form, timeoutMs: 0 });
  process.stdout.write(`uploaded in ${duration((Date.now() - started) / 1000)}: import ${job.id}\n`);
  const done = await follow(gateway, job, zip, view);
  return summarize(done, (Date.now() - started) / 1000);
}

async function listProjects(gateway) {
  const projects = await gateway.request('GET', '/projects');
  const rows = [['id', 'images', 'name', 'labels'], ...projects.map((p) => [p.id, number(p.imageCount), p.name, p.labels.join(', ')])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    process.stdout.write(`${row.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()}\n`);
  }
  return EXIT.ok;
}

async function main() {
  const { values, positionals } = parseCommandLine();
  const [command, ...args] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const gateway = new Gateway(values);
  const usage = (line) => {
    throw new CliError(`usage: npm run sightline -- ${line}\n${MORE}`, EXIT.usage);
  };
  switch (command) {
    case 'import':
      return args.length === 2 ? importZip(gateway, args[0], args[1]) : usage('import <project> <zip>');
    case 'projects':
      return args.length === 0 ? listProjects(gateway) : usage('projects');
    case undefined:
      throw new CliError(HELP, EXIT.usage);
    default:
      throw new CliError(`unknown command "${command}"\n${MORE}`, EXIT.usage);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sightline: ${error instanceof CliError ? error.message : (error.stack ?? error)}\n`);
    process.exitCode = error instanceof CliError ? error.code : EXIT.failed;
  },
);
