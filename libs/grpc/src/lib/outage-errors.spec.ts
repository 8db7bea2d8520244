import { DomainError, ErrorCode } from '@sightline/contracts';
import { databaseOutageReason, outageError } from './outage-errors';

describe('outage errors', () => {
  it('recognises a locked SQLite file and an unreachable MySQL server, directly or inside TypeORM', () => {
    expect(databaseOutageReason(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe('SQLITE_BUSY: database is locked');
    expect(databaseOutageReason(Object.assign(new Error('query failed'), { driverError: { code: 'ECONNREFUSED' } }))).toMatch(/^ECONNREFUSED/);
    expect(databaseOutageReason(Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))).toMatch(/^PROTOCOL_CONNECTION_LOST/);
    expect(outageError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toMatchObject({ code: ErrorCode.Unavailable });
  });

  it('recognises a full disk', () => {
    expect(outageError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toMatchObject({
      code: ErrorCode.InsufficientStorage,
      message: expect.stringMatching(/^storage is full \(ENOSPC: no space left on device, write\)/),
    });
    expect(outageError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.code).toBe(ErrorCode.InsufficientStorage);
  });

  it('leaves bugs, bad queries and domain errors alone', () => {
    expect(outageError(new Error('undefined is not a function'))).toBeUndefined();
    expect(outageError(Object.assign(new Error('syntax error'), { code: 'ER_PARSE_ERROR' }))).toBeUndefined();
    expect(outageError(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeUndefined();
    expect(outageError(new DomainError(ErrorCode.NotFound, 'no such image'))).toBeUndefined();
  });
});
