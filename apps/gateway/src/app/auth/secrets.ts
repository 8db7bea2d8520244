import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Reads a secret file, or creates it (mode 600) with a fresh random value on first use. */
export function readOrCreateSecret(path: string, bytes = 48): { value: string; created: boolean } {
  try {
    return { value: readFileSync(path, 'utf8').trim(), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  const value = randomBytes(bytes).toString('base64url');
  writeFileSync(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return { value, created: true };
}

/**
 * The key access tokens are signed with: JWT_SECRET, else a secret kept in DATA_DIR. Made a KeyObject once,
 * because given a string jsonwebtoken first tries (and fails) to parse it as a public key on every verify.
 */
export function jwtKey(config: { jwtSecret?: string; dataDir: string }): KeyObject {
  return createSecretKey(Buffer.from(config.jwtSecret ?? readOrCreateSecret(join(config.dataDir, 'jwt-secret')).value));
}
