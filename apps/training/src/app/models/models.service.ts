import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { initBackend, loadModel, type ModelFiles } from '@sightline/ml';
import { ModelAliasEventEntity, ModelVersionEntity } from '@sightline/persistence';
import { BlobNotFoundError, BlobStore, createBlobStore, ZipEntryReadError, ZipEntryTooLargeError, ZipFormatError } from '@sightline/storage';
import * as tf from '@tensorflow/tfjs-core';
import { HistoryClientRepository } from '../jobs/history-client.repository';
import {
  ARCHIVE_FILE_LIMITS,
  ARCHIVE_FILES,
  archiveFileOf,
  checkLabels,
  checkModelJson,
  exportFileName,
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  MANIFEST_JSON,
  MAX_ARCHIVE_ENTRIES,
  MAX_COMPRESSION_RATIO,
  MODEL_JSON,
  NORMALISATION,
  parseManifest,
  RESIZE,
  WEIGHTS_BIN,
  type ArchiveFile,
  type ModelManifest,
} from './model-archive';
import { ModelArchiveRepository, type SpooledArchive } from './model-archive.repository';
import { ModelRepository } from './model.repository';

/** What the promotion gate of an auto-retrained version found. */
export interface GateResult {
  promote: boolean;
  reason: string;
  productionModelId: string;
  productionVersion: number;
  /** Held-out images of production that the new version was tested on too. */
  images: number;
  accuracy: number | null;
  productionAccuracy: number | null;
  margin: number;
}

interface DatasetSnapshot {
  test: Array<{ imageId: string; label: string; predicted: string | null; confidence: number | null }>;
}

/** The model registry: immutable versions, `production` and `candidate` aliases, and their history. */
@Injectable()
export class ModelsService {
  private readonly logger = new Logger(ModelsService.name);
  private readonly store: BlobStore;

  constructor(
    private readonly models: ModelRepository,
    private readonly archives: ModelArchiveRepository,
    private readonly projects: HistoryClientRepository,
    @Inject(CONFIG) config: SightlineConfig,
  ) {
    this.store = createBlobStore(config.storageUrl, { minFreeBytes: config.storageMinFreeBytes, s3Credentials: config.s3Credentials });
  }

  async list(projectId: string): Promise<TrainingV1.ModelVersion[]> {
    const versions = await this.models.listVersions(projectId);
    const aliases = await this.models.aliasesOf(versions.map((v) => v.id));
    return versions.map((v) => this.view(v, aliases.filter((a) => a.modelId === v.id).map((a) => a.alias)));
  }

  async get(id: string): Promise<TrainingV1.ModelVersion> {
    const version = await this.require(id);
    const aliases = await this.models.aliasesOf([id]);
    return this.view(version, aliases.map((a) => a.alias));
  }

  async production(projectId: string): Promise<TrainingV1.ProductionModelResponse> {
    const alias = await this.models.findAlias(projectId, 'production');
    if (!alias) {
      return { found: false };
    }
    return { found: true, model: await this.get(alias.modelId) };
  }

  async productionVersion(projectId: string): Promise<ModelVersionEntity | undefined> {
    const alias = await this.models.findAlias(projectId, 'production');
    return (alias && (await this.models.findVersion(alias.modelId))) || undefined;
  }

  /** The images production was tested on: an auto-retrain job holds out exactly these. */
  async testImageIds(version: ModelVersionEntity): Promise<string[]> {
    return (await this.snapshot(version.storagePrefix)).test.map((t) => t.imageId);
  }

  /**
   * Compares a new version with production on production's held-out images, both against the images'
   * current labels (a review may have corrected one since): promote when the new accuracy is at most
   * `margin` below production's.
   */
  async gate(production: ModelVersionEntity, candidatePrefix: string, margin: number): Promise<GateResult> {
    const mine = new Map((await this.snapshot(candidatePrefix)).test.map((t) => [t.imageId, t]));
    const shared = (await this.snapshot(production.storagePrefix)).test.flatMap((t) => {
      const now = mine.get(t.imageId);
      return now ? [{ label: now.label, production: t.predicted, candidate: now.predicted }] : [];
    });
    const base = { productionModelId: production.id, productionVersion: production.version, images: shared.length, margin };
    if (shared.length === 0) {
      return { ...base, promote: false, accuracy: null, productionAccuracy: null, reason: `not promoted: none of production v${production.version}'s held-out images is labeled any more, so the two cannot be compared` };
    }
    const accuracy = shared.filter((s) => s.candidate === s.label).length / shared.length;
    const productionAccuracy = shared.filter((s) => s.production === s.label).length / shared.length;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const promote = accuracy >= productionAccuracy - margin - 1e-12;
    const compared = `${pct(accuracy)} on the ${shared.length} held-out images of production v${production.version}, which scores ${pct(productionAccuracy)} on them`;
    return {
      ...base,
      promote,
      accuracy,
      productionAccuracy,
      reason: promote ? `auto-retrain: promoted, ${compared}` : `not promoted: ${compared} (allowed margin ${pct(margin)})`,
    };
  }

  /** Tells the project's webhooks; a webhook problem never fails the change it reports. */
  private notify(projectId: string, event: string, data: Record<string, unknown>): void {
    this.projects.emit(projectId, event, data).catch((error: unknown) => this.logger.warn(`${event} event of project ${projectId} was not sent: ${(error as Error).message}`));
  }

  private promoted(version: ModelVersionEntity, from: string | null, action: string, actor: string, reason: string | null): void {
    this.notify(version.projectId, 'model.promoted', { modelId: version.id, version: version.version, fromModelId: from, action, actor, reason, accuracy: version.metrics['accuracy'] ?? null });
  }

  /** Stores a new version; the first of a project becomes production by itself, later ones candidate. */
  async register(version: ModelVersionEntity, actor: string, origin = 'newly trained version'): Promise<ModelVersionEntity> {
    const saved = await this.models.insertVersion(version);
    const production = await this.models.findAlias(saved.projectId, 'production');
    const alias = production ? 'candidate' : 'production';
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), {
        projectId: saved.projectId,
        alias,
        action: production ? 'promote' : 'auto-promote',
        fromModelId: production ? ((await this.models.findAlias(saved.projectId, 'candidate'))?.modelId ?? null) : null,
        toModelId: saved.id,
        actor,
        reason: production ? origin : 'first model of the project',
        createdAt: new Date(),
      }),
    );
    this.notify(saved.projectId, 'model.trained', { modelId: saved.id, version: saved.version, architecture: saved.architecture, accuracy: saved.metrics['accuracy'] ?? null, alias });
    if (!production) {
      this.promoted(saved, null, 'auto-promote', actor, 'first model of the project');
    }
    return saved;
  }

  async promote(id: string, actor: string, reason: string): Promise<TrainingV1.ModelVersion> {
    const version = await this.require(id);
    const current = await this.models.findAlias(version.projectId, 'production');
    if (current?.modelId === id) {
      throw new DomainError(ErrorCode.Conflict, `version ${version.version} is already production`);
    }
    await this.checkLoads(version);
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), { projectId: version.projectId, alias: 'production', action: 'promote', fromModelId: current?.modelId ?? null, toModelId: id, actor, reason: reason || null, createdAt: new Date() }),
    );
    const candidate = await this.models.findAlias(version.projectId, 'candidate');
    if (candidate?.modelId === id) {
      await this.models.removeAlias(version.projectId, 'candidate');
    }
    this.promoted(version, current?.modelId ?? null, 'promote', actor, reason || null);
    return this.get(id);
  }

  /** Production goes back to the version it pointed at before its last move. */
  async rollback(projectId: string, actor: string, reason: string): Promise<TrainingV1.ModelVersion> {
    const current = await this.models.findAlias(projectId, 'production');
    const last = (await this.models.history(projectId)).find((e) => e.alias === 'production' && e.toModelId === current?.modelId);
    if (!current || !last?.fromModelId) {
      throw new DomainError(ErrorCode.Conflict, 'there is no earlier production version to roll back to');
    }
    const target = await this.require(last.fromModelId);
    await this.checkLoads(target);
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), { projectId, alias: 'production', action: 'rollback', fromModelId: current.modelId, toModelId: target.id, actor, reason: reason || null, createdAt: new Date() }),
    );
    this.promoted(target, current.modelId, 'rollback', actor, reason || null);
    return this.get(target.id);
  }

  async history(projectId: string): Promise<TrainingV1.AliasEvent[]> {
    const events = await this.models.history(projectId);
    const versions = new Map((await this.models.listVersions(projectId)).map((v) => [v.id, v.version]));
    return this.eventViews(events, versions);
  }

  async autoPromotions(request: TrainingV1.AutoPromotionsRequest__Output): Promise<TrainingV1.AliasEvent[]> {
    const since = new Date(request.since || 0);
    const limit = request.limit || 100;
    if (Number.isNaN(since.getTime()) || limit < 1 || limit > 1000) {
      throw new DomainError(ErrorCode.InvalidArgument, 'since must be an ISO 8601 date and limit between 1 and 1000');
    }
    const events = await this.models.autoPromotions(since, limit);
    const versions = new Map<string, number>();
    for (const projectId of new Set(events.map((e) => e.projectId))) {
      for (const v of await this.models.listVersions(projectId)) {
        versions.set(v.id, v.version);
      }
    }
    return this.eventViews(events, versions);
  }

  private eventViews(events: ModelAliasEventEntity[], versions: Map<string, number>): TrainingV1.AliasEvent[] {
    return events.map((e) => ({
      projectId: e.projectId,
      id: e.id,
      alias: e.alias,
      action: e.action,
      fromModelId: e.fromModelId ?? '',
      fromVersion: e.fromModelId ? (versions.get(e.fromModelId) ?? 0) : 0,
      toModelId: e.toModelId,
      toVersion: versions.get(e.toModelId) ?? 0,
      actor: e.actor ?? '',
      reason: e.reason ?? '',
      createdAt: e.createdAt.toISOString(),
    }));
  }

  private async snapshot(prefix: string): Promise<DatasetSnapshot> {
    return JSON.parse((await this.store.get(`${prefix}/dataset.json`)).toString('utf8')) as DatasetSnapshot;
  }

  async testResults(id: string, actual: string, predicted: string): Promise<TrainingV1.TestResult[]> {
    const version = await this.require(id);
    const snapshot = await this.snapshot(version.storagePrefix);
    return snapshot.test
      .filter((t) => (!actual || t.label === actual) && (!predicted || t.predicted === predicted))
      .map((t) => ({ imageId: t.imageId, label: t.label, predicted: t.predicted ?? '', confidence: t.confidence ?? 0 }));
  }

  /**
   * The version as a zip: model.json, weights.bin, then sightline-model.json (labels, preprocessing,
   * architecture, hyper-parameters, metrics, where it came from), yielded piece by piece as it is written.
   */
  async exportArchive(id: string): Promise<{ filename: string; chunks: AsyncIterable<Buffer> }> {
    const version = await this.require(id);
    const project = await this.projects.getProject(version.projectId);
    let files: ModelFiles;
    try {
      files = { modelJson: await this.store.get(`${version.storagePrefix}/${MODEL_JSON}`), weights: await this.store.get(`${version.storagePrefix}/${WEIGHTS_BIN}`) };
    } catch (error) {
      if (error instanceof BlobNotFoundError) {
        throw new DomainError(ErrorCode.Conflict, `version ${version.version} cannot be exported: its files are missing from the store`);
      }
      throw error;
    }
    const manifest: ModelManifest = {
      format: MANIFEST_FORMAT,
      formatVersion: MANIFEST_FORMAT_VERSION,
      labels: version.labels,
      preprocessing: { ...this.inputOf(version, files.modelJson), normalisation: NORMALISATION, resize: RESIZE },
      architecture: version.architecture,
      hyperParameters: version.hyperParameters,
      metrics: version.metrics,
      source: { modelId: version.id, projectId: project.id, projectName: project.name, version: version.version, createdAt: version.createdAt.toISOString() },
      exportedAt: new Date().toISOString(),
    };
    const modifiedAt = version.createdAt;
    return {
      filename: exportFileName(project.name, version.version),
      chunks: this.archives.write([
        { name: MODEL_JSON, content: files.modelJson, modifiedAt },
        // Float weights deflate by a few per cent for seconds of CPU: stored as they are.
        { name: WEIGHTS_BIN, content: files.weights, compress: false, modifiedAt },
        { name: MANIFEST_JSON, content: Buffer.from(JSON.stringify(manifest, null, 2)), modifiedAt },
      ]),
    };
  }

  /**
   * A new immutable version from an exported zip, after checking it is a model zip, its labels belong to
   * the project, and it loads and answers a zero image with one score per label. It becomes production
   * when the project has none, else candidate, like a trained version; the source's metrics are kept and
   * marked `imported`.
   */
  async importArchive(chunks: AsyncIterable<TrainingV1.ImportModelChunk__Output>): Promise<TrainingV1.ModelVersion> {
    const archive = await this.archives.spool(chunks);
    try {
      const project = await this.projects.getProject(archive.projectId);
      if (!(await this.archives.isZip(archive))) {
        throw new DomainError(ErrorCode.UnsupportedMediaType, `not a zip archive: send a model zip exported by Sightline (${ARCHIVE_FILES.join(', ')})`);
      }
      const found = await this.readArchive(archive);
      const manifest = parseManifest(found[MANIFEST_JSON]);
      checkModelJson(found[MODEL_JSON], manifest);
      checkLabels(manifest.labels, project);
      const files = { modelJson: found[MODEL_JSON], weights: found[WEIGHTS_BIN] };
      await this.checkRuns(files, manifest);

      const version = new ModelVersionEntity();
      const { imageSize, channels } = manifest.preprocessing;
      Object.assign(version, {
        projectId: project.id,
        architecture: manifest.architecture,
        hyperParameters: { ...manifest.hyperParameters, imageSize, channels },
        labels: manifest.labels,
        metrics: { ...manifest.metrics, imported: { ...manifest.source, exportedAt: manifest.exportedAt, filename: archive.filename.slice(0, 300), importedBy: archive.actor || null } },
        jobId: null,
        storagePrefix: `models/${version.id}`,
        // No image of this project trained it.
        datasetSize: 0,
        createdAt: new Date(),
      });
      const keys = [MODEL_JSON, WEIGHTS_BIN, 'dataset.json'].map((f) => `${version.storagePrefix}/${f}`);
      try {
        await this.store.put(keys[0], files.modelJson);
        await this.store.put(keys[1], files.weights);
        await this.store.put(keys[2], Buffer.from(JSON.stringify({ labels: manifest.labels, train: [], validation: [], test: [] })));
        await this.register(version, archive.actor || 'import', `imported from ${archive.filename || 'a zip'}`);
      } catch (error) {
        await Promise.all(keys.map((key) => this.store.delete(key).catch(() => undefined)));
        throw error;
      }
      return this.get(version.id);
    } finally {
      await this.archives.remove(archive);
    }
  }

  /** The TensorFlow.js backend this process (and its training workers) use. */
  backend(): Promise<string> {
    return initBackend(undefined, { log: () => undefined });
  }

  /** An alias only moves to a version whose files are there and load. */
  private async checkLoads(version: ModelVersionEntity): Promise<void> {
    try {
      await initBackend(undefined, { log: () => undefined });
      const model = await loadModel({
        modelJson: await this.store.get(`${version.storagePrefix}/model.json`),
        weights: await this.store.get(`${version.storagePrefix}/weights.bin`),
      });
      model.dispose();
    } catch (error) {
      throw new DomainError(ErrorCode.Conflict, `version ${version.version} cannot be served: its files do not load (${(error as Error).message})`);
    }
  }

  /** The three files of a model zip, each read with its own size limit; anything else in the zip is refused. */
  private async readArchive(archive: SpooledArchive): Promise<Record<ArchiveFile, Buffer>> {
    const found = new Map<ArchiveFile, Buffer>();
    const folders = new Set<string>();
    let count = 0;
    try {
      for await (const entry of this.archives.entries(archive)) {
        if (++count > MAX_ARCHIVE_ENTRIES) {
          throw new DomainError(ErrorCode.InvalidArgument, `more than ${MAX_ARCHIVE_ENTRIES} entries: a model zip holds ${ARCHIVE_FILES.join(', ')}`);
        }
        const which = archiveFileOf(entry.name);
        if (!which) {
          continue;
        }
        if (found.has(which.file)) {
          throw new DomainError(ErrorCode.InvalidArgument, `${which.file} is in the zip more than once`);
        }
        folders.add(which.folder);
        const limit = ARCHIVE_FILE_LIMITS[which.file];
        if (entry.uncompressedSize > limit) {
          throw new DomainError(ErrorCode.PayloadTooLarge, `${which.file} inflates to ${entry.uncompressedSize} bytes, more than the ${limit}-byte limit`);
        }
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO) {
          throw new DomainError(ErrorCode.InvalidArgument, `${which.file} is compressed more than ${MAX_COMPRESSION_RATIO}:1: refused as a likely zip bomb`);
        }
        try {
          found.set(which.file, await entry.read(limit));
        } catch (error) {
          if (error instanceof ZipEntryTooLargeError) {
            throw new DomainError(ErrorCode.PayloadTooLarge, `${which.file} inflates to more than the ${limit}-byte limit`);
          }
          throw error instanceof ZipEntryReadError ? new DomainError(ErrorCode.InvalidArgument, `${which.file}: ${error.message}`) : error;
        }
      }
    } catch (error) {
      throw error instanceof ZipFormatError ? new DomainError(ErrorCode.InvalidArgument, `the zip cannot be read: ${error.message}`) : error;
    }
    if (folders.size > 1) {
      throw new DomainError(ErrorCode.InvalidArgument, `the model files are in different folders of the zip: ${[...folders].map((f) => f || '(top)').join(', ')}`);
    }
    const missing = ARCHIVE_FILES.filter((f) => !found.has(f));
    if (missing.length > 0) {
      throw new DomainError(ErrorCode.InvalidArgument, `the zip has no ${missing.join(', ')}: a model zip holds ${ARCHIVE_FILES.join(', ')}`);
    }
    return Object.fromEntries(found) as Record<ArchiveFile, Buffer>;
  }

  /** An imported model must load, take the input its manifest describes, and give one finite score per label. */
  private async checkRuns(files: ModelFiles, manifest: ModelManifest): Promise<void> {
    const invalid = (message: string) => new DomainError(ErrorCode.InvalidArgument, message);
    const { imageSize: side, channels } = manifest.preprocessing;
    const expected = [1, side, side, channels];
    await initBackend(undefined, { log: () => undefined });
    let model: Awaited<ReturnType<typeof loadModel>>;
    try {
      model = await loadModel(files);
    } catch (error) {
      throw invalid(`the model does not load: ${(error as Error).message}`);
    }
    const input = tf.zeros(expected);
    let output: tf.Tensor | tf.Tensor[] | undefined;
    try {
      const inputShape = model.inputs.length === 1 ? model.inputs[0].shape.slice(1) : [];
      if (JSON.stringify(inputShape) !== JSON.stringify(expected.slice(1))) {
        throw invalid(`the model takes inputs of shape ${JSON.stringify(model.inputs.map((i) => i.shape))}, not [null,${expected.slice(1).join(',')}] as ${MANIFEST_JSON} says`);
      }
      try {
        output = model.predict(input);
      } catch (error) {
        throw invalid(`the model does not run on a ${JSON.stringify(expected)} input: ${(error as Error).message}`);
      }
      if (Array.isArray(output) || JSON.stringify(output.shape) !== JSON.stringify([1, manifest.labels.length])) {
        const shape = Array.isArray(output) ? output.map((o) => o.shape) : output.shape;
        throw invalid(`the model answers with shape ${JSON.stringify(shape)}, not [1,${manifest.labels.length}] for its ${manifest.labels.length} labels`);
      }
      if (!(await output.data()).every((v) => Number.isFinite(v))) {
        throw invalid('the model answers a blank image with scores that are not finite numbers');
      }
    } finally {
      input.dispose();
      tf.dispose(output);
      model.dispose();
    }
  }

  /** Input size and channels: recorded in the hyper-parameters, or else in model.json's metadata. */
  private inputOf(version: ModelVersionEntity, modelJson: Buffer): { imageSize: number; channels: 1 | 3 } {
    const metadata = (JSON.parse(modelJson.toString('utf8')) as { userDefinedMetadata?: Record<string, unknown> }).userDefinedMetadata ?? {};
    const imageSize = version.hyperParameters['imageSize'] ?? metadata['imageSize'];
    const channels = version.hyperParameters['channels'] ?? metadata['channels'];
    if (typeof imageSize !== 'number' || imageSize <= 0 || (channels !== 1 && channels !== 3)) {
      throw new DomainError(ErrorCode.Conflict, `version ${version.version} cannot be exported: it does not record its input size and channels`);
    }
    return { imageSize, channels };
  }

  private async require(id: string): Promise<ModelVersionEntity> {
    const version = await this.models.findVersion(id);
    if (!version) {
      throw new DomainError(ErrorCode.NotFound, `model ${id} not found`);
    }
    return version;
  }

  private view(version: ModelVersionEntity, aliases: string[]): TrainingV1.ModelVersion {
    return {
      id: version.id,
      projectId: version.projectId,
      version: version.version,
      architecture: version.architecture,
      hyperParametersJson: JSON.stringify(version.hyperParameters),
      metricsJson: JSON.stringify(version.metrics),
      labels: version.labels,
      aliases,
      createdAt: version.createdAt.toISOString(),
    };
  }
}
