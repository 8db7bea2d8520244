import { dropMysqlDatabase, HISTORY_SCHEMA, mysqlTestUrl, openDatabase, ProjectEntity, WebhookCooldownEntity, WebhookDeliveryEntity } from '@sightline/persistence';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ProjectRepository } from '../projects/project.repository';
import { ProjectsService } from '../projects/projects.service';
import { historyServices } from '../testing/history-services';
import { WebhookRepository } from './webhook.repository';
import { WebhooksService } from './webhooks.service';

const scratch = mkdtempSync(join(tmpdir(), 'history-webhooks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, 'history.db')}`],
  ['MariaDB', mysqlTestUrl],
];

// Two history replicas: each its own DataSource (its own connection) on the one database, as two processes have.
describe.each(targets)('camera.failing cooldown shared by history replicas on %s', (kind, makeUrl) => {
  let url: string | undefined;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    sources.push(await openDatabase({ url, schema: HISTORY_SCHEMA }));
    sources.push(await openDatabase({ url, schema: HISTORY_SCHEMA }));
  }, 60000);

  afterAll(async () => {
    for (const source of sources) {
      await source.destroy();
    }
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  it('queues one delivery per camera and webhook per cooldown, whichever replica the events reach', async () => {
    if (!url) {
      return;
    }
    const { config, projects } = historyServices(sources[0], join(scratch, 'blobs'));
    const replicas = sources.map((source) => new WebhooksService(new WebhookRepository(source), new ProjectsService(new ProjectRepository(source.getRepository(ProjectEntity), source)), config));
    const project = await projects.create(`cooldown ${kind}`, ['a']);
    const hook = await replicas[0].create({ projectId: project.id, url: 'http://127.0.0.1:9/hook', events: ['camera.failing'], secret: '', author: '' });
    const failing = (replica: WebhooksService, cameraId: string) => replica.emitFromService({ projectId: project.id, event: 'camera.failing', dataJson: JSON.stringify({ cameraId }) });
    const deliveries = async () =>
      (await sources[0].getRepository(WebhookDeliveryEntity).findBy({ webhookId: hook.id ?? '' })).map((d) => (JSON.parse(d.body) as { data: { cameraId: string } }).data.cameraId).sort();

    // Both replicas hear the same camera fail, several times at once: one delivery.
    await Promise.all([failing(replicas[0], 'cam-1'), failing(replicas[1], 'cam-1'), failing(replicas[0], 'cam-1'), failing(replicas[1], 'cam-1')]);
    expect(await deliveries()).toEqual(['cam-1']);
    // Another camera has its own cooldown.
    await Promise.all([failing(replicas[1], 'cam-2'), failing(replicas[0], 'cam-2')]);
    expect(await deliveries()).toEqual(['cam-1', 'cam-2']);
    // Once the cooldown is over the next failure goes out again, from either replica.
    await sources[1].getRepository(WebhookCooldownEntity).update({ webhookId: hook.id ?? '', subject: 'camera:cam-1' }, { quietUntil: new Date(Date.now() - 1000) });
    await Promise.all([failing(replicas[1], 'cam-1'), failing(replicas[0], 'cam-1')]);
    expect(await deliveries()).toEqual(['cam-1', 'cam-1', 'cam-2']);
    // Deleting the webhook removes its cooldowns with it.
    await replicas[1].delete(hook.id ?? '');
    expect(await sources[0].getRepository(WebhookCooldownEntity).countBy({ webhookId: hook.id ?? '' })).toBe(0);
  }, 60000);
});
