export * from './lib/ml';
