import { sseMessages } from './event-stream';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(encoder.encode(chunk));
      }
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  for await (const data of sseMessages(body)) {
    out.push(data);
  }
  return out;
}

describe('sseMessages', () => {
  it('yields the data of each message, split across chunks anywhere', async () => {
    const messages = await collect(
      streamOf('data: {"a":', '1}\n\nda', 'ta: {"a":2}\n', '\n'),
    );
    expect(messages).toEqual(['{"a":1}', '{"a":2}']);
  });

  it('joins multi-line data, ignores comments and other fields, accepts CRLF split between chunks', async () => {
    const messages = await collect(
      streamOf(
        ': keep-alive\r\n\r\n',
        'event: progress\r\nid: 7\r\ndata: one\r',
        '\ndata:two\r\n\r\n',
      ),
    );
    expect(messages).toEqual(['one\ntwo']);
  });

  it('drops an unfinished message when the stream ends', async () => {
    expect(await collect(streamOf('data: 1\n\ndata: 2\n'))).toEqual(['1']);
  });
});
