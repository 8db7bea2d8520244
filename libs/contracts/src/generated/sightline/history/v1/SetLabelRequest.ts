// Original file: proto/history.proto


export interface SetLabelRequest {
  'imageId'?: (string);
  'label'?: (string);
  /**
   * upload | import | review | feedback
   */
  'origin'?: (string);
  'author'?: (string);
}

export interface SetLabelRequest__Output {
  'imageId': (string);
  'label': (string);
  /**
   * upload | import | review | feedback
   */
  'origin': (string);
  'author': (string);
}
