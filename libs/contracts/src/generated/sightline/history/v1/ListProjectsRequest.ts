// Original file: proto/history.proto


export interface ListProjectsRequest {
}

export interface ListProjectsRequest__Output {
}
