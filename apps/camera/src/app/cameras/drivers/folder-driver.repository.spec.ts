import { mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CameraTarget } from './capture-driver';
import { FolderDriverRepository } from './folder-driver.repository';

describe('FolderDriverRepository (real files)', () => {
  let folder: string;
  let outside: string;
  const signal = new AbortController().signal;
  const camera = (since: Date | null = null, id = 'cam1'): CameraTarget => ({ id, kind: 'folder', url: null, path: folder, headers: {}, since });
  const old = (file: string, secondsAgo = 10) => utimesSync(file, new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'folder-driver-'));
    outside = mkdtempSync(join(tmpdir(), 'folder-driver-outside-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('returns each image file once, skips other files, links and files still being written', async () => {
    const driver = new FolderDriverRepository();
    writeFileSync(join(folder, 'a.png'), 'A');
    writeFileSync(join(folder, 'notes.txt'), 'T');
    writeFileSync(join(outside, 'secret.jpg'), 'S');
    symlinkSync(join(outside, 'secret.jpg'), join(folder, 'link.jpg'));
    old(join(folder, 'a.png'));
    writeFileSync(join(folder, 'fresh.jpg'), 'F'); // just written: taken on a later scan
    expect((await driver.grab(camera(), signal)).map((f) => f.filename)).toEqual(['a.png']);
    expect(driver.hasUnsettled('cam1')).toBe(true);
    old(join(folder, 'fresh.jpg'));
    expect((await driver.grab(camera(), signal)).map((f) => f.filename)).toEqual(['fresh.jpg']);
    expect(await driver.grab(camera(), signal)).toEqual([]);
    // A file rewritten in place is new again.
    writeFileSync(join(folder, 'a.png'), 'A2');
    old(join(folder, 'a.png'), 5);
    expect((await driver.grab(camera(), signal)).map((f) => f.content.toString())).toEqual(['A2']);
  });

  it('after a restart, skips files older than the last capture', async () => {
    writeFileSync(join(folder, 'before.png'), 'B');
    old(join(folder, 'before.png'), 60);
    writeFileSync(join(folder, 'after.png'), 'N');
    old(join(folder, 'after.png'), 5);
    const restarted = new FolderDriverRepository();
    expect((await restarted.grab(camera(new Date(Date.now() - 30_000)), signal)).map((f) => f.filename)).toEqual(['after.png']);
  });

  it('reports a folder that cannot be read as a camera error', async () => {
    const driver = new FolderDriverRepository();
    await expect(driver.grab({ ...camera(), path: join(folder, 'missing') }, signal)).rejects.toThrow(/cannot read the folder: ENOENT/);
  });
});
