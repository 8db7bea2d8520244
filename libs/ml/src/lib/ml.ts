export function ml(): string {
  return 'ml';
}
