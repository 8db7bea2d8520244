// Original file: proto/history.proto


export interface LabelEntry {
  'label'?: (string);
  'origin'?: (string);
  'author'?: (string);
  'createdAt'?: (string);
}

export interface LabelEntry__Output {
  'label': (string);
  'origin': (string);
  'author': (string);
  'createdAt': (string);
}
