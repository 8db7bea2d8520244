// The shared data sets the benchmarks measure on: `../shared/datasets/<name>/<name>.zip` beside the clone,
// each in image-folder layout (`train/<label>/*`, `test/<label>/*`).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readZipEntries } from '@sightline/storage';

export const DATASETS = resolve(__dirname, '..', '..', '..', 'shared', 'datasets');

export interface DatasetImage {
  split: string;
  label: string;
  data: Buffer;
}

export function zipOf(name: string): string {
  return join(DATASETS, name, `${name}.zip`);
}

export function haveDataset(name: string): boolean {
  return existsSync(zipOf(name));
}

/** The zip's train/ and test/ entries, read straight from the archive. */
export async function readDataset(name: string): Promise<DatasetImage[]> {
  const out: DatasetImage[] = [];
  for await (const entry of readZipEntries(zipOf(name))) {
    const parts = entry.name.split('/');
    if (!entry.isDirectory && parts.length >= 3) {
      out.push({ split: parts[parts.length - 3], label: parts[parts.length - 2], data: await entry.read(64 * 1024 * 1024) });
    }
  }
  return out;
}
