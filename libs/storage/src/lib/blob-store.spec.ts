import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statfsSync } from 'node:fs';
import { BlobNotFoundError, imageKey, LocalBlobStore, StorageFullError } from './blob-store';

describe('LocalBlobStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'blobs-'));
  const store = new LocalBlobStore(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores content-addressed images and reads them back', async () => {
    const key = imageKey('ab'.repeat(32), 'png');
    expect(key).toBe(`images/ab/${'ab'.repeat(32)}.png`);
    await store.put(key, Buffer.from('hello'));
    expect((await store.get(key)).toString()).toBe('hello');
    expect(await store.exists(key)).toBe(true);
    expect(readdirSync(join(root, 'images/ab'))).toEqual([`${'ab'.repeat(32)}.png`]);
  });

  it('refuses a put that would leave less free space than it keeps, writing nothing', async () => {
    const disk = statfsSync(root);
    const guarded = new LocalBlobStore(root, { minFreeBytes: disk.bavail * disk.bsize + 1 });
    const key = imageKey('cd'.repeat(32), 'png');
    const refused = guarded.put(key, Buffer.from('too much'));
    await expect(refused).rejects.toBeInstanceOf(StorageFullError);
    await expect(refused).rejects.toMatchObject({ code: 'ENOSPC', message: expect.stringContaining('STORAGE_MIN_FREE_BYTES') });
    expect(await store.exists(key)).toBe(false);
    await new LocalBlobStore(root, { minFreeBytes: 1 }).put(key, Buffer.from('fits'));
    expect((await store.get(key)).toString()).toBe('fits');
  });

  it('overwrites atomically and leaves no temp files', async () => {
    await store.put('x/y.bin', Buffer.alloc(1024, 1));
    await store.put('x/y.bin', Buffer.alloc(2048, 2));
    expect((await store.get('x/y.bin')).length).toBe(2048);
    expect(readdirSync(join(root, 'x'))).toEqual(['y.bin']);
  });

  it('makes a folder again when it was removed after the store made it, and a root that does not exist yet', async () => {
    await store.put('gone/a.bin', Buffer.from('a'));
    rmSync(join(root, 'gone'), { recursive: true });
    await store.put('gone/b.bin', Buffer.from('b'));
    expect(readdirSync(join(root, 'gone'))).toEqual(['b.bin']);
    const fresh = new LocalBlobStore(join(root, 'later', 'root'), { minFreeBytes: 1 });
    await fresh.put('k/v.bin', Buffer.from('v'));
    expect((await fresh.get('k/v.bin')).toString()).toBe('v');
  });

  it('reports a missing blob and refuses keys that escape the root', async () => {
    await expect(store.get('nope')).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.put('../outside', Buffer.from('x'))).rejects.toThrow(/escapes/);
    await store.delete('x/y.bin');
    expect(await store.exists('x/y.bin')).toBe(false);
  });
});
