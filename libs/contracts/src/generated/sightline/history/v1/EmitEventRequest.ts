// Original file: proto/history.proto


/**
 * An event from another service (training: model.trained, model.promoted; camera: camera.failing).
 */
export interface EmitEventRequest {
  'projectId'?: (string);
  'event'?: (string);
  /**
   * The event's data, a JSON object.
   */
  'dataJson'?: (string);
}

/**
 * An event from another service (training: model.trained, model.promoted; camera: camera.failing).
 */
export interface EmitEventRequest__Output {
  'projectId': (string);
  'event': (string);
  /**
   * The event's data, a JSON object.
   */
  'dataJson': (string);
}
