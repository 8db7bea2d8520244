// Original file: proto/history.proto


export interface ListImportsRequest {
  'projectId'?: (string);
}

export interface ListImportsRequest__Output {
  'projectId': (string);
}
