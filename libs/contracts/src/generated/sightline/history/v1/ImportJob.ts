// Original file: proto/history.proto

import type { ImportError as _sightline_history_v1_ImportError, ImportError__Output as _sightline_history_v1_ImportError__Output } from '../../../sightline/history/v1/ImportError';

export interface ImportJob {
  'id'?: (string);
  'projectId'?: (string);
  /**
   * queued | running | succeeded | failed
   */
  'state'?: (string);
  'filename'?: (string);
  'total'?: (number);
  'imported'?: (number);
  'duplicates'?: (number);
  'skipped'?: (number);
  'errors'?: (_sightline_history_v1_ImportError)[];
  'labelsAdded'?: (string)[];
  'error'?: (string);
  'createdAt'?: (string);
  'finishedAt'?: (string);
}

export interface ImportJob__Output {
  'id': (string);
  'projectId': (string);
  /**
   * queued | running | succeeded | failed
   */
  'state': (string);
  'filename': (string);
  'total': (number);
  'imported': (number);
  'duplicates': (number);
  'skipped': (number);
  'errors': (_sightline_history_v1_ImportError__Output)[];
  'labelsAdded': (string)[];
  'error': (string);
  'createdAt': (string);
  'finishedAt': (string);
}
