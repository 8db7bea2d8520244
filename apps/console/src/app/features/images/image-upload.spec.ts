import { ApiError } from '../../api/api-error';
import type { Image, ImagesApi } from '../../core/data-access/images.api';
import { uploadFiles, type UploadProgress } from './image-upload';

const file = (name: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type: 'image/png' });
const row = (name: string, duplicate = false) =>
  ({ id: name, duplicate }) as unknown as Image;

/** A fake gateway: rejects any request containing a file named bad*, marks dup* as duplicates. */
function fakeApi() {
  const calls: string[][] = [];
  const api = {
    async upload(_projectId: string, files: readonly File[]): Promise<Image[]> {
      calls.push(files.map((f) => f.name));
      const bad = files.find((f) => f.name.startsWith('bad'));
      if (bad) {
        throw new ApiError(415, `${bad.name}: not an image`);
      }
      return files.map((f) => row(f.name, f.name.startsWith('dup')));
    },
  };
  return { api: api as unknown as ImagesApi, calls };
}

describe('uploadFiles', () => {
  it('sends files in batches and counts stored and duplicate rows', async () => {
    const { api, calls } = fakeApi();
    const files = [
      ...Array.from({ length: 12 }, (_, i) => file(`img${i}.png`)),
      file('dup.png'),
    ];
    const reports: UploadProgress[] = [];
    const result = await uploadFiles(api, 'p1', files, 'cat', (p) =>
      reports.push(p),
    );
    expect(calls.map((c) => c.length)).toEqual([10, 3]);
    expect(result).toMatchObject({
      total: 13,
      processed: 13,
      stored: 12,
      duplicates: 1,
      errors: [],
      done: true,
    });
    expect(reports.map((p) => p.processed)).toEqual([0, 10, 13, 13]);
  });

  it('retries a rejected batch file by file so only the bad file fails, named once', async () => {
    const { api, calls } = fakeApi();
    const files = [file('a.png'), file('bad.png'), file('b.png')];
    const result = await uploadFiles(
      api,
      'p1',
      files,
      undefined,
      () => undefined,
    );
    expect(calls).toEqual([
      ['a.png', 'bad.png', 'b.png'],
      ['a.png'],
      ['bad.png'],
      ['b.png'],
    ]);
    expect(result.stored).toBe(2);
    expect(result.errors).toEqual([
      { file: 'bad.png', message: 'not an image' },
    ]);
  });

  it('stops when the session ends instead of retrying every file', async () => {
    const calls: number[] = [];
    const api = {
      async upload(_p: string, files: readonly File[]): Promise<Image[]> {
        calls.push(files.length);
        throw new ApiError(401, 'Unauthorized');
      },
    } as unknown as ImagesApi;
    const result = await uploadFiles(
      api,
      'p1',
      [file('a.png'), file('b.png')],
      undefined,
      () => undefined,
    );
    expect(calls).toEqual([2]);
    expect(result.done).toBe(true);
  });

  it('starts a new batch before the byte limit is passed', async () => {
    const { api, calls } = fakeApi();
    const big = 9 * 1024 * 1024;
    await uploadFiles(
      api,
      'p1',
      [file('x.png', big), file('y.png', big)],
      undefined,
      () => undefined,
    );
    expect(calls).toEqual([['x.png'], ['y.png']]);
  });
});
