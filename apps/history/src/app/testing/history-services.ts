import { loadConfig } from '@sightline/config';
import { ImageEntity, LabelEntity, ProjectEntity } from '@sightline/persistence';
import { LocalBlobStore } from '@sightline/storage';
import { DataSource } from 'typeorm';
import { ImageDecoderRepository } from '../images/image-decoder.repository';
import { ImageRepository } from '../images/image.repository';
import { ImagesService } from '../images/images.service';
import { PredictionRepository } from '../predictions/prediction.repository';
import { PredictionsService } from '../predictions/predictions.service';
import { ProjectRepository } from '../projects/project.repository';
import { ProjectsService } from '../projects/projects.service';
import { WebhookRepository } from '../webhooks/webhook.repository';
import { WebhooksService } from '../webhooks/webhooks.service';

/** History's services on a real database and blob folder, wired as the module wires them, for integration specs. */
export function historyServices(dataSource: DataSource, blobRoot: string) {
  const config = loadConfig({});
  const blobs = new LocalBlobStore(blobRoot);
  const decoder = new ImageDecoderRepository(config);
  const projects = new ProjectsService(new ProjectRepository(dataSource.getRepository(ProjectEntity), dataSource));
  const images = new ImagesService(new ImageRepository(dataSource.getRepository(ImageEntity), dataSource.getRepository(LabelEntity), dataSource), decoder, projects, blobs);
  const predictions = new PredictionsService(new PredictionRepository(dataSource), decoder, projects, blobs, new WebhooksService(new WebhookRepository(dataSource), projects, config));
  return { config, blobs, projects, images, predictions };
}
