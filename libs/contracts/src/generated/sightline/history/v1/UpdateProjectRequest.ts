// Original file: proto/history.proto


export interface UpdateProjectRequest {
  'id'?: (string);
  'name'?: (string);
  /**
   * When has_labels is true the label set is replaced by labels (which may be empty).
   */
  'hasLabels'?: (boolean);
  'labels'?: (string)[];
  '_name'?: "name";
}

export interface UpdateProjectRequest__Output {
  'id': (string);
  'name'?: (string);
  /**
   * When has_labels is true the label set is replaced by labels (which may be empty).
   */
  'hasLabels': (boolean);
  'labels': (string)[];
  '_name'?: "name";
}
