// Original file: proto/history.proto


export interface CreateProjectRequest {
  'name'?: (string);
  'labels'?: (string)[];
}

export interface CreateProjectRequest__Output {
  'name': (string);
  'labels': (string)[];
}
