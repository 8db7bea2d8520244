// Original file: proto/training.proto


export interface ProjectIdRequest {
  'projectId'?: (string);
}

export interface ProjectIdRequest__Output {
  'projectId': (string);
}
