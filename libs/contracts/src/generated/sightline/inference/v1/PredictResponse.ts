// Original file: proto/inference.proto


export interface PredictResponse {
  'imageId'?: (string);
  'predictionId'?: (string);
  'label'?: (string);
  'confidence'?: (number | string);
  'scores'?: ({[key: string]: number | string});
  'modelVersion'?: (string);
  'latencyMs'?: (number | string);
}

export interface PredictResponse__Output {
  'imageId': (string);
  'predictionId': (string);
  'label': (string);
  'confidence': (number);
  'scores': ({[key: string]: number});
  'modelVersion': (string);
  'latencyMs': (number);
}
