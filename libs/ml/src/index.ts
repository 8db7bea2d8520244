export * from './lib/backend';
export * from './lib/wasm-gradients';
export * from './lib/preprocess';
export * from './lib/augment';
export * from './lib/architectures';
export * from './lib/hyperparameters';
export * from './lib/train';
export * from './lib/serialization';
