// A small closed-loop (or fixed-rate) load generator, run as its own process by tools/bench/predict.ts so the
// load does not share an event loop with what it measures. REST goes through node:http keep-alive agents,
// gRPC through @grpc/grpc-js. Input: one JSON argument; output on stdout: a line `{"phase":"measure"}` when
// the warm-up ends (the caller samples the services' CPU time then), and one JSON line with the results, which
// include the generator's own CPU time during the measured window.
//
// Every request carries a new image: the pool's PNG (or JPEG) gets the request's number in a text chunk (a
// comment segment), so the pixels are the pool's but the bytes are new, and history decodes and stores each
// one as it would a camera's frames (it skips bytes a project already has).
import { credentials, loadPackageDefinition, Metadata } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { crc32 } from 'node:zlib';

const options = JSON.parse(process.argv[2]);
const pool = JSON.parse(readFileSync(options.imagesFile, 'utf8')).map((b64) => Buffer.from(b64, 'base64'));
const run = `${process.pid}-${Date.now()}`;

/** Image `i`: pool image `i mod n` with `i` written into it where decoders ignore it. */
function image(i) {
  const base = pool[i % pool.length];
  const text = Buffer.from(`sightline-bench\0${run}-${i}`, 'latin1');
  if (base.subarray(1, 4).toString('latin1') === 'PNG') {
    // A tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).
    const type = Buffer.from('tEXt', 'latin1');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(text.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, text])));
    return Buffer.concat([base.subarray(0, 33), head, type, text, crc, base.subarray(33)]);
  }
  if (base[0] === 0xff && base[1] === 0xd8) {
    // A COM segment right after SOI.
    const head = Buffer.from([0xff, 0xfe, 0, 0]);
    head.writeUInt16BE(text.length + 2, 2);
    return Buffer.concat([base.subarray(0, 2), head, text, base.subarray(2)]);
  }
  return base;
}

function restSender() {
  const url = new URL(`${options.baseUrl}/api/v1/projects/${options.projectId}/predict`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency + 4 });
  const boundary = 'bench-boundary-7d3f';
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return (i) =>
    new Promise((resolve) => {
      const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${i}.png"\r\nContent-Type: image/png\r\n\r\n`);
      const body = Buffer.concat([head, image(i), tail]);
      const request = http.request(
        url,
        { method: 'POST', agent, headers: { authorization: `Bearer ${options.token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', () => resolve(0));
      request.end(body);
    });
}

function grpcSender() {
  const definition = loadSync(options.protoPath, { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
  const Inference = loadPackageDefinition(definition).sightline.inference.v1.Inference;
  const client = new Inference(options.grpcAddress, credentials.createInsecure());
  return (i) =>
    new Promise((resolve) => {
      client.Predict({ projectId: options.projectId, content: image(i) }, new Metadata(), { deadline: new Date(Date.now() + 10_000) }, (error) =>
        resolve(error ? 1000 + error.code : 200),
      );
    });
}

const send = options.mode === 'rest' ? restSender() : grpcSender();
const latencies = [];
const statuses = {};
let counter = 0;
let measuring = false;

async function timed() {
  const started = performance.now();
  const code = await send(counter++);
  if (measuring) {
    latencies.push(performance.now() - started);
    statuses[code] = (statuses[code] ?? 0) + 1;
  }
}

async function closedLoop(until) {
  const worker = async () => {
    while (performance.now() < until) {
      await timed();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}

async function fixedRate(until) {
  const pending = [];
  const gap = 1000 / options.rate;
  let next = performance.now();
  while (next < until) {
    pending.push(timed());
    next += gap;
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
  }
  await Promise.all(pending);
}

const drive = options.rate ? fixedRate : closedLoop;
await drive(performance.now() + options.warmupMs);
measuring = true;
process.stdout.write('{"phase":"measure"}\n');
const cpuBefore = process.cpuUsage();
const started = performance.now();
await drive(started + options.durationMs);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
const ok = statuses[200] ?? 0;
process.stdout.write(
  `${JSON.stringify({ requests: latencies.length, ok, statuses, perSecond: ok / seconds, p50: pct(50), p95: pct(95), p99: pct(99), generatorCpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
);
process.exit(0);
