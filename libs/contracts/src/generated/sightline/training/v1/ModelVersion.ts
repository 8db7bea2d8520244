// Original file: proto/training.proto


export interface ModelVersion {
  'id'?: (string);
  'projectId'?: (string);
  'version'?: (number);
  'architecture'?: (string);
  /**
   * JSON objects, kept as text so the contract does not freeze their shape.
   */
  'hyperParametersJson'?: (string);
  'metricsJson'?: (string);
  'labels'?: (string)[];
  'aliases'?: (string)[];
  'createdAt'?: (string);
}

export interface ModelVersion__Output {
  'id': (string);
  'projectId': (string);
  'version': (number);
  'architecture': (string);
  /**
   * JSON objects, kept as text so the contract does not freeze their shape.
   */
  'hyperParametersJson': (string);
  'metricsJson': (string);
  'labels': (string)[];
  'aliases': (string)[];
  'createdAt': (string);
}
