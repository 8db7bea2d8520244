// Original file: proto/camera.proto


export interface Schedule {
  /**
   * Exactly one of every_seconds (> 0) or cron is set; neither means "on demand only".
   */
  'everySeconds'?: (number);
  'cron'?: (string);
}

export interface Schedule__Output {
  /**
   * Exactly one of every_seconds (> 0) or cron is set; neither means "on demand only".
   */
  'everySeconds': (number);
  'cron': (string);
}
