// A second entry point: services that check images without running models (history) decode plain PNGs
// the way `decodePixels` does without loading TensorFlow.js, which `@sightline/ml` brings in.
export * from './lib/plain-png';
