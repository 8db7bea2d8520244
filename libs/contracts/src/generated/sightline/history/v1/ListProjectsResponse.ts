// Original file: proto/history.proto

import type { Project as _sightline_history_v1_Project, Project__Output as _sightline_history_v1_Project__Output } from '../../../sightline/history/v1/Project';

export interface ListProjectsResponse {
  'projects'?: (_sightline_history_v1_Project)[];
}

export interface ListProjectsResponse__Output {
  'projects': (_sightline_history_v1_Project__Output)[];
}
