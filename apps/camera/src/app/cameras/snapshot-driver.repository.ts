import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@sightline/contracts';

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** The `http-snapshot` driver: one GET that returns a JPEG or PNG, with a timeout and a size cap. */
@Injectable()
export class SnapshotDriverRepository {
  async grab(url: string): Promise<Buffer> {
    const parsed = new URL(url);
    const headers: Record<string, string> = {};
    if (parsed.username || parsed.password) {
      headers['Authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')}`;
      parsed.username = '';
      parsed.password = '';
    }
    let response: Response;
    try {
      response = await fetch(parsed, { headers, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      throw new DomainError(ErrorCode.Unavailable, `camera did not answer: ${(error as Error).cause ?? (error as Error).message}`);
    }
    if (!response.ok) {
      throw new DomainError(ErrorCode.Unavailable, `camera answered HTTP ${response.status}`);
    }
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_BYTES) {
      throw new DomainError(ErrorCode.PayloadTooLarge, `camera sent ${body.length} bytes`);
    }
    return body;
  }
}
