import { DomainError, ErrorCode } from '@sightline/contracts';
import { checkZipEntryName } from '@sightline/storage';

/**
 * A model version as a zip: the TensorFlow.js layers files as they are stored, and `sightline-model.json`
 * saying how to feed the model (labels in output order, preprocessing) and where it came from.
 */
export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';
export const MANIFEST_JSON = 'sightline-model.json';
export const ARCHIVE_FILES = [MODEL_JSON, WEIGHTS_BIN, MANIFEST_JSON] as const;
export type ArchiveFile = (typeof ARCHIVE_FILES)[number];

export const MANIFEST_FORMAT = 'sightline-model';
export const MANIFEST_FORMAT_VERSION = 1;
/** What libs/ml's preprocess does: EXIF orientation, stretch to the square, drop alpha, bytes / 255. */
export const NORMALISATION = 'rescale-0-1';
export const RESIZE = 'stretch';

/** The most bytes each file may inflate to; weights are held in memory for the load check. */
export const ARCHIVE_FILE_LIMITS: Record<ArchiveFile, number> = {
  [MODEL_JSON]: 32 * 1024 * 1024,
  [WEIGHTS_BIN]: 512 * 1024 * 1024,
  [MANIFEST_JSON]: 32 * 1024 * 1024,
};
/** Deflate gets float32 weights and JSON nowhere near this; far beyond it is a bomb. */
export const MAX_COMPRESSION_RATIO = 200;
export const MAX_ARCHIVE_ENTRIES = 64;
const IGNORED = /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|\._[^/]*)(\/|$)/;

export interface ModelManifest {
  format: typeof MANIFEST_FORMAT;
  formatVersion: number;
  /** Class names in the order of the model's outputs. */
  labels: string[];
  preprocessing: { imageSize: number; channels: 1 | 3; normalisation: string; resize: string };
  architecture: string;
  hyperParameters: Record<string, unknown>;
  metrics: Record<string, unknown>;
  source: { modelId: string; projectId: string; projectName: string; version: number; createdAt: string };
  exportedAt: string;
}

function invalid(message: string): never {
  throw new DomainError(ErrorCode.InvalidArgument, message);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which archive file an entry is: at the top of the zip, or inside one folder (a re-zipped export).
 * `null` for folders and the litter of archivers (`__MACOSX/`, `.DS_Store`); anything else is refused.
 */
export function archiveFileOf(name: string): { file: ArchiveFile; folder: string } | null {
  if (name.endsWith('/') || IGNORED.test(name)) {
    return null;
  }
  try {
    checkZipEntryName(name);
  } catch {
    invalid(`unsafe path in the zip: ${JSON.stringify(name.slice(0, 200))}`);
  }
  const parts = name.split('/');
  const file = ARCHIVE_FILES.find((f) => f === parts[parts.length - 1]);
  if (!file || parts.length > 2) {
    invalid(`unexpected file in the zip: ${JSON.stringify(name.slice(0, 200))}; a model zip holds ${ARCHIVE_FILES.join(', ')}`);
  }
  return { file, folder: parts.length === 2 ? parts[0] : '' };
}

export function parseJson(file: ArchiveFile, content: Buffer): unknown {
  try {
    return JSON.parse(content.toString('utf8'));
  } catch (error) {
    invalid(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks every field an import relies on; the first problem is the reason of the 400. */
export function parseManifest(content: Buffer): ModelManifest {
  const value = parseJson(MANIFEST_JSON, content);
  if (!isRecord(value) || value['format'] !== MANIFEST_FORMAT) {
    invalid(`${MANIFEST_JSON} is not a Sightline model manifest (its "format" must be "${MANIFEST_FORMAT}")`);
  }
  if (value['formatVersion'] !== MANIFEST_FORMAT_VERSION) {
    invalid(`${MANIFEST_JSON} has format version ${JSON.stringify(value['formatVersion'])}; this Sightline reads version ${MANIFEST_FORMAT_VERSION}`);
  }
  const labels = value['labels'];
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((l) => typeof l === 'string' && l.trim().length > 0 && l.length <= 100)) {
    invalid(`${MANIFEST_JSON}: "labels" must list at least 2 class names of 1 to 100 characters`);
  }
  if (new Set(labels).size !== labels.length) {
    invalid(`${MANIFEST_JSON}: "labels" has duplicates`);
  }
  const preprocessing = value['preprocessing'];
  if (!isRecord(preprocessing)) {
    invalid(`${MANIFEST_JSON}: "preprocessing" is missing`);
  }
  const { imageSize, channels, normalisation, resize } = preprocessing;
  if (typeof imageSize !== 'number' || !Number.isInteger(imageSize) || imageSize < 8 || imageSize > 1024) {
    invalid(`${MANIFEST_JSON}: "preprocessing.imageSize" must be a whole number from 8 to 1024`);
  }
  if (channels !== 1 && channels !== 3) {
    invalid(`${MANIFEST_JSON}: "preprocessing.channels" must be 1 or 3`);
  }
  if (normalisation !== NORMALISATION || resize !== RESIZE) {
    invalid(`${MANIFEST_JSON}: preprocessing "${String(resize)}" / "${String(normalisation)}" is not supported; Sightline serves "${RESIZE}" / "${NORMALISATION}"`);
  }
  const architecture = value['architecture'];
  if (typeof architecture !== 'string' || architecture.length < 1 || architecture.length > 64) {
    invalid(`${MANIFEST_JSON}: "architecture" must be a name of 1 to 64 characters`);
  }
  for (const key of ['hyperParameters', 'metrics', 'source']) {
    if (value[key] !== undefined && !isRecord(value[key])) {
      invalid(`${MANIFEST_JSON}: "${key}" must be an object`);
    }
  }
  const source = (value['source'] ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    labels: labels as string[],
    preprocessing: { imageSize, channels, normalisation, resize },
    architecture,
    hyperParameters: (value['hyperParameters'] ?? {}) as Record<string, unknown>,
    metrics: (value['metrics'] ?? {}) as Record<string, unknown>,
    source: {
      modelId: text(source['modelId']),
      projectId: text(source['projectId']),
      projectName: text(source['projectName']),
      version: typeof source['version'] === 'number' ? source['version'] : 0,
      createdAt: text(source['createdAt']),
    },
    exportedAt: text(value['exportedAt']),
  };
}

/**
 * model.json must be a layers model, and what it says about its inputs (written by training as
 * user-defined metadata) must agree with the manifest, or it would be served with the wrong preprocessing.
 */
export function checkModelJson(content: Buffer, manifest: ModelManifest): void {
  const value = parseJson(MODEL_JSON, content);
  if (!isRecord(value) || !isRecord(value['modelTopology']) || !Array.isArray(value['weightsManifest'])) {
    invalid(`${MODEL_JSON} is not a TensorFlow.js layers model (it needs "modelTopology" and "weightsManifest")`);
  }
  const metadata = value['userDefinedMetadata'];
  if (!isRecord(metadata)) {
    return;
  }
  const disagree = (key: string, expected: unknown) => metadata[key] !== undefined && JSON.stringify(metadata[key]) !== JSON.stringify(expected);
  for (const [key, expected] of [
    ['labels', manifest.labels],
    ['imageSize', manifest.preprocessing.imageSize],
    ['channels', manifest.preprocessing.channels],
  ] as const) {
    if (disagree(key, expected)) {
      invalid(`${MODEL_JSON} says ${key} ${JSON.stringify(metadata[key])} but ${MANIFEST_JSON} says ${JSON.stringify(expected)}`);
    }
  }
}

/**
 * The import rule for labels: the model's classes must all be labels of the project (their order is the
 * model's own and is kept with the version). The project may have more labels, as a version trained there
 * knows only the labels that had images.
 */
export function checkLabels(modelLabels: string[], project: { name: string; labels: string[] }): void {
  const known = new Set(project.labels);
  const missing = modelLabels.filter((l) => !known.has(l));
  if (missing.length > 0) {
    invalid(
      `the model's labels ${missing.map((l) => JSON.stringify(l)).join(', ')} are not labels of project "${project.name}" ` +
        `(${project.labels.length ? project.labels.map((l) => JSON.stringify(l)).join(', ') : 'it has none'}): add them to the project first`,
    );
  }
}

/** `digits-v3.zip`: the project name made safe for a file name, and the version. */
export function exportFileName(projectName: string, version: number): string {
  const slug = projectName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'model'}-v${version}.zip`;
}
