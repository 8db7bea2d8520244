// Original file: proto/inference.proto


export interface PredictRequest {
  'projectId'?: (string);
  /**
   * Either content (image bytes, stored in history first) or image_id of a stored image.
   */
  'content'?: (Buffer | Uint8Array | string);
  'imageId'?: (string);
  'filename'?: (string);
  /**
   * Only for PredictStream: echoed in the reply, since replies come back as they finish, not in order.
   */
  'requestId'?: (string);
}

export interface PredictRequest__Output {
  'projectId': (string);
  /**
   * Either content (image bytes, stored in history first) or image_id of a stored image.
   */
  'content': (Buffer);
  'imageId': (string);
  'filename': (string);
  /**
   * Only for PredictStream: echoed in the reply, since replies come back as they finish, not in order.
   */
  'requestId': (string);
}
