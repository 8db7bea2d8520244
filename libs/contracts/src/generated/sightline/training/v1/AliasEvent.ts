// Original file: proto/training.proto


export interface AliasEvent {
  'id'?: (string);
  'alias'?: (string);
  'action'?: (string);
  'fromModelId'?: (string);
  'fromVersion'?: (number);
  'toModelId'?: (string);
  'toVersion'?: (number);
  'actor'?: (string);
  'reason'?: (string);
  'createdAt'?: (string);
  'projectId'?: (string);
}

export interface AliasEvent__Output {
  'id': (string);
  'alias': (string);
  'action': (string);
  'fromModelId': (string);
  'fromVersion': (number);
  'toModelId': (string);
  'toVersion': (number);
  'actor': (string);
  'reason': (string);
  'createdAt': (string);
  'projectId': (string);
}
