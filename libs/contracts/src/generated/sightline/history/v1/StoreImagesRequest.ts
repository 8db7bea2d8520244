// Original file: proto/history.proto

import type { ImageUpload as _sightline_history_v1_ImageUpload, ImageUpload__Output as _sightline_history_v1_ImageUpload__Output } from '../../../sightline/history/v1/ImageUpload';

export interface StoreImagesRequest {
  'projectId'?: (string);
  'files'?: (_sightline_history_v1_ImageUpload)[];
  /**
   * Optional label for every file; must belong to the project's label set.
   */
  'label'?: (string);
  /**
   * upload | import | camera
   */
  'source'?: (string);
  'sourceId'?: (string);
  'author'?: (string);
  /**
   * ISO 8601; when the files were taken, if earlier than now (a camera's spooled captures). Empty: now.
   */
  'capturedAt'?: (string);
}

export interface StoreImagesRequest__Output {
  'projectId': (string);
  'files': (_sightline_history_v1_ImageUpload__Output)[];
  /**
   * Optional label for every file; must belong to the project's label set.
   */
  'label': (string);
  /**
   * upload | import | camera
   */
  'source': (string);
  'sourceId': (string);
  'author': (string);
  /**
   * ISO 8601; when the files were taken, if earlier than now (a camera's spooled captures). Empty: now.
   */
  'capturedAt': (string);
}
