// Original file: proto/training.proto


export interface InfoResponse {
  /**
   * The TensorFlow.js backend training uses: tensorflow (tfjs-node), wasm or cpu.
   */
  'mlBackend'?: (string);
}

export interface InfoResponse__Output {
  /**
   * The TensorFlow.js backend training uses: tensorflow (tfjs-node), wasm or cpu.
   */
  'mlBackend': (string);
}
