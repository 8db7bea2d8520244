import { DomainError, ErrorCode } from '@sightline/contracts';

/**
 * Driver error codes that mean the database cannot be reached or written right now (it is locked, gone,
 * restarting), as opposed to a bad query: the caller gets 503 and the process stays up, since the driver
 * reconnects (mysql2's pool opens new connections, better-sqlite3 retries the lock on the next call).
 */
const DATABASE_OUTAGE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
  'SQLITE_LOCKED_SHAREDCACHE',
  'SQLITE_PROTOCOL',
  'SQLITE_CANTOPEN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_SERVER_GONE_ERROR',
  'ER_SERVER_LOST',
  'ER_LOCK_WAIT_TIMEOUT',
]);

/** Errors of the file system (blob store, spool) that mean the disk is full. */
const STORAGE_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

function codeOf(error: unknown): string | undefined {
  const direct = (error as { code?: unknown } | null)?.code;
  if (typeof direct === 'string') {
    return direct;
  }
  // TypeORM's QueryFailedError keeps the driver's error beside its own.
  const driver = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return typeof driver === 'string' ? driver : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The reason when `error` says the database is unreachable or locked; undefined for any other error. */
export function databaseOutageReason(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || error instanceof DomainError) {
    return undefined;
  }
  const code = codeOf(error);
  if (code && DATABASE_OUTAGE_CODES.has(code)) {
    return `${code}: ${messageOf(error)}`;
  }
  // mysql2 marks errors after which a connection is dead as fatal; the pool replaces it.
  if ((error as { fatal?: unknown }).fatal === true) {
    return `${code ?? 'fatal'}: ${messageOf(error)}`;
  }
  if (/Pool is closed|connection is in closed state|Connection lost/i.test(messageOf(error))) {
    return messageOf(error);
  }
  return undefined;
}

/** A database outage or a full disk as the domain error to answer with (503 / 507); undefined for anything else. */
export function outageError(error: unknown): DomainError | undefined {
  if (!error || typeof error !== 'object' || error instanceof DomainError) {
    return undefined;
  }
  const code = codeOf(error);
  if (code && STORAGE_FULL_CODES.has(code)) {
    const detail = messageOf(error).startsWith(code) ? messageOf(error) : `${code}: ${messageOf(error)}`;
    return new DomainError(ErrorCode.InsufficientStorage, `storage is full (${detail}): nothing was stored; free some space and try again`);
  }
  const reason = databaseOutageReason(error);
  return reason ? new DomainError(ErrorCode.Unavailable, `the database is unavailable (${reason}); try again when it is back`) : undefined;
}
