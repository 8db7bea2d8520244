// Original file: proto/camera.proto


export interface Empty {
}

export interface Empty__Output {
}
