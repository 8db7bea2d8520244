// Original file: proto/history.proto


export interface ListImagesRequest {
  'projectId'?: (string);
  'label'?: (string);
  /**
   * "" (any), "true" or "false"
   */
  'labeled'?: (string);
  'predicted'?: (string);
  'from'?: (string);
  'to'?: (string);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface ListImagesRequest__Output {
  'projectId': (string);
  'label': (string);
  /**
   * "" (any), "true" or "false"
   */
  'labeled': (string);
  'predicted': (string);
  'from': (string);
  'to': (string);
  'page': (number);
  'pageSize': (number);
}
