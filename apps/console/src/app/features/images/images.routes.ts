import { Route } from '@angular/router';
import {
  ProjectPickerPage,
  type ProjectPickerData,
} from '../../shared/project-picker.page';
import { ImageDetailPage } from './image-detail.page';
import { ImagesPage } from './images.page';

/** `/images`: pick a project first; `/images/:imageId`: one image, its metadata and labels. */
export const imagesRoutes: Route[] = [
  {
    path: '',
    component: ProjectPickerPage,
    title: 'Images · Sightline',
    data: {
      heading: 'Images',
      lead: 'Pick a project to browse and upload its images.',
      section: 'images',
    } satisfies ProjectPickerData,
  },
  { path: ':imageId', component: ImageDetailPage, title: 'Image · Sightline' },
];

/** `/projects/:projectId/images`: upload, filter and browse a project's images. */
export const projectImagesRoutes: Route[] = [
  { path: '', component: ImagesPage, title: 'Images · Sightline' },
];
