// Original file: proto/inference.proto


export interface MetricsRequest {
}

export interface MetricsRequest__Output {
}
