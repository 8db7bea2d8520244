// Original file: proto/history.proto


export interface FeedbackRequest {
  'predictionId'?: (string);
  'correct'?: (boolean);
  /**
   * Required when correct is false: the right label, one of the project's.
   */
  'label'?: (string);
  'author'?: (string);
}

export interface FeedbackRequest__Output {
  'predictionId': (string);
  'correct': (boolean);
  /**
   * Required when correct is false: the right label, one of the project's.
   */
  'label': (string);
  'author': (string);
}
