// Original file: proto/training.proto


export interface InfoRequest {
}

export interface InfoRequest__Output {
}
