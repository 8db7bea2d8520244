// Original file: proto/history.proto


export interface Empty {
}

export interface Empty__Output {
}
