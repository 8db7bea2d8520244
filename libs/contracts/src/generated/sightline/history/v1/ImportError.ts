// Original file: proto/history.proto


export interface ImportError {
  'file'?: (string);
  'reason'?: (string);
}

export interface ImportError__Output {
  'file': (string);
  'reason': (string);
}
