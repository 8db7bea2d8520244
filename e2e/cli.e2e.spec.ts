import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngImage } from './support/images';
import { patternDataset } from './support/patterns';
import { ADMIN_PASSWORD, Api, ROOT, startSystem, System } from './support/system';
import { makeZip } from './support/zip';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run sightline -- <args>` as a script would run it: stdout is a pipe, not a TTY. */
function sightline(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'sightline', '--', ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the sightline CLI', () => {
  let system: System;
  let api: Api;
  let scratch: string;
  let asAdmin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    scratch = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
    asAdmin = { SIGHTLINE_URL: system.baseUrl, SIGHTLINE_USER: 'admin', SIGHTLINE_PASSWORD: ADMIN_PASSWORD };
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  function file(name: string, content: Buffer): string {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  }

  it('imports a zip into a project named on the command line, with progress lines and a summary', async () => {
    const project = (await api.request('POST', '/projects', { name: 'cli patterns' })).body;
    const zip = file('patterns.zip', await patternDataset());

    const run = await sightline(['import', 'cli patterns', zip], asAdmin);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/uploading patterns\.zip \(\d+\.\d kB\) to project "cli patterns"/);
    expect(run.stdout).toMatch(/uploaded in \d+:\d\d: import [0-9a-f-]{36}\n/);
    expect(run.stdout).toMatch(/succeeded · 100% · 120\/120 files · 120 imported · 0 duplicates · 0 skipped/);
    expect(run.stdout).toMatch(/succeeded in \d+:\d\d: 120 files, 120 imported, 0 duplicates, 0 skipped/);
    expect(run.stdout).toMatch(/labels added: (tl, br|br, tl)\n/);
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).not.toContain('\u001b[');
    const images = await api.request('GET', `/projects/${project.id}/images?pageSize=1`);
    expect(images.body.total).toBe(120);
    expect((await api.request('GET', `/projects/${project.id}`)).body.labels).toEqual(['tl', 'br']);
  });

  it('lists the first 20 skipped files with their reasons and exits 3 when some files were skipped', async () => {
    const project = (await api.request('POST', '/projects', { name: 'cli partial', labels: ['ok'] })).body;
    const good = [await pngImage(10, 10, 1), await pngImage(10, 10, 2)];
    const broken = Array.from({ length: 23 }, (_, i) => ({ name: `ok/broken-${String(i).padStart(2, '0')}.png`, content: Buffer.from(`not an image ${i}`) }));
    const zip = file('partial.zip', makeZip([{ name: 'ok/a.png', content: good[0] }, { name: 'ok/b.png', content: good[1] }, { name: 'ok/a-again.png', content: good[0] }, ...broken]));
    const { key } = (await api.request('POST', '/api-keys', { name: 'cli test', role: 'operator' })).body;

    const run = await sightline(['import', project.id, zip], { SIGHTLINE_URL: system.baseUrl, SIGHTLINE_API_KEY: key });

    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/succeeded in .*: 26 files, 2 imported, 1 duplicates, 23 skipped/);
    const listed = run.stdout.split('\n').filter((line) => /^ {2}ok\/broken-\d\d\.png: not an image/.test(line));
    expect(listed).toHaveLength(20);
    expect(run.stdout).toMatch(/… and 3 more/);
    expect((await api.request('GET', `/projects/${project.id}/images?pageSize=1`)).body.total).toBe(2);
  });

  it('lists projects, logging in as admin with the password file in DATA_DIR', async () => {
    writeFileSync(join(scratch, 'admin-password'), `${ADMIN_PASSWORD}\n`, { mode: 0o600 });
    const run = await sightline(['projects'], { SIGHTLINE_URL: system.baseUrl, DATA_DIR: scratch });

    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id +images +name +labels$/);
    const projects = (await api.request('GET', '/projects')).body as Array<{ id: string; name: string; imageCount: number }>;
    for (const project of projects) {
      expect(rows.find((row) => row.startsWith(project.id))).toMatch(new RegExp(`^${project.id} +${project.imageCount} +${project.name}`));
    }
  });

  it('fails with a clear message and a non-zero exit code for what cannot work', async () => {
    const notZip = file('not-a-zip.zip', Buffer.from('hello, not a zip'));
    const unknown = await sightline(['import', 'no such project', notZip], asAdmin);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/no project with id or name "no such project" \(projects: .*cli patterns/) });

    const missing = await sightline(['import', 'cli patterns', join(scratch, 'missing.zip')], asAdmin);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/missing\.zip: no such file/) });

    const textOnly = file('text-only.zip', makeZip([{ name: 'docs/readme.txt', content: Buffer.from('hello') }]));
    const failed = await sightline(['import', 'cli patterns', textOnly], asAdmin);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/import failed: no image in the zip could be imported/) });
    expect(failed.stdout).toMatch(/failed in .*: 1 files, 0 imported, 0 duplicates, 1 skipped\n/);
    expect(failed.stdout).toMatch(/skipped files:\n {2}docs\/readme\.txt: not an image/);

    const refused = await sightline(['import', 'cli patterns', notZip], asAdmin);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/answered 415: not a zip archive/) });

    const wrongPassword = await sightline(['projects'], { ...asAdmin, SIGHTLINE_PASSWORD: 'wrong-password' });
    expect(wrongPassword).toMatchObject({ code: 1, stderr: expect.stringMatching(/authentication failed: /) });

    const { key } = (await api.request('POST', '/api-keys', { name: 'cli viewer', role: 'viewer' })).body;
    const viewer = await sightline(['import', 'cli patterns', notZip], { SIGHTLINE_URL: system.baseUrl, SIGHTLINE_API_KEY: key });
    expect(viewer).toMatchObject({ code: 1, stderr: expect.stringMatching(/permission denied: this needs the operator role/) });

    const closed = await sightline(['projects', '--url', 'http://127.0.0.1:9'], asAdmin);
    expect(closed).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot reach the gateway at http:\/\/127\.0\.0\.1:9/) });

    const noCredentials = await sightline(['projects'], { SIGHTLINE_URL: system.baseUrl, DATA_DIR: join(scratch, 'empty') });
    expect(noCredentials).toMatchObject({ code: 2, stderr: expect.stringMatching(/no credentials: set SIGHTLINE_API_KEY/) });

    expect(await sightline(['import', 'cli patterns'], asAdmin)).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: .* import <project> <zip>/) });
    expect(await sightline(['frobnicate'], asAdmin)).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "frobnicate"/) });
    expect(await sightline(['help'], {})).toMatchObject({ code: 0, stdout: expect.stringMatching(/exit codes:/) });
  });
});
