import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';

/**
 * Writes `content` to `<target>.<random>.tmp` in the same folder, fsyncs it, then renames it over `target`:
 * readers see the old file or the whole new one, never half of it. A failed write (ENOSPC on any step)
 * removes the temp file and leaves `target` as it was.
 */
export async function writeFileAtomically(target: string, content: Buffer, mode = 0o644): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, target);
}
