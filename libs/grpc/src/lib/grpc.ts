export function grpc(): string {
  return 'grpc';
}
