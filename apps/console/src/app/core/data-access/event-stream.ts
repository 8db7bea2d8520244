/**
 * The `data` of each message of a `text/event-stream` body, in order (multi-line data joined with `\n`).
 * Read with fetch rather than EventSource, which cannot send the Authorization header.
 */
export async function* sseMessages(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      for (;;) {
        const end = buffer.search(/[\r\n]/);
        // A lone CR at the end may be the first half of a CRLF split across chunks.
        if (end < 0 || (end === buffer.length - 1 && buffer[end] === '\r')) {
          break;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(
          buffer.startsWith('\r\n', end) ? end + 2 : end + 1,
        );
        if (line === '') {
          if (data.length) {
            yield data.join('\n');
          }
          data = [];
        } else if (line.startsWith('data:')) {
          const value = line.slice(5);
          data.push(value.startsWith(' ') ? value.slice(1) : value);
        } else if (line === 'data') {
          data.push('');
        }
        // Comments (":…") and the event, id and retry fields are not used.
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
