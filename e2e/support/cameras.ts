import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { jpegImage } from './images';

/**
 * A loopback "camera" web server: JPEG snapshots (a different picture each time), the same behind basic auth,
 * an MJPEG stream, and the ways real cameras break (HTTP 500, garbage bytes, a response or stream that stalls).
 */
export class CameraServer {
  readonly hits = new Map<string, number>();
  private server!: Server;
  private seed = 0;
  private readonly open = new Set<ServerResponse>();
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.open) {
      response.destroy();
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async frame(): Promise<Buffer> {
    return jpegImage(32, 24, ++this.seed);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    switch (path) {
      case '/snap.jpg':
      case '/snap-2.jpg':
      case '/replicated.jpg': {
        const body = await this.frame();
        response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': body.length });
        response.end(body);
        return;
      }
      case '/private/snap.jpg': {
        if (request.headers.authorization !== `Basic ${Buffer.from('viewer:s3cret-pass').toString('base64')}`) {
          response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="camera"' });
          response.end();
          return;
        }
        const body = await this.frame();
        response.writeHead(200, { 'Content-Type': 'image/jpeg' });
        response.end(body);
        return;
      }
      case '/token/snap.jpg': {
        if (request.headers['x-api-token'] !== 'tok-123-secret') {
          response.writeHead(403);
          response.end();
          return;
        }
        const body = await this.frame();
        response.writeHead(200, { 'Content-Type': 'image/jpeg' });
        response.end(body);
        return;
      }
      case '/broken':
        response.writeHead(500);
        response.end('internal camera error');
        return;
      case '/garbage':
        response.writeHead(200, { 'Content-Type': 'image/jpeg' });
        response.end(Buffer.from('this is not a picture at all, just text pretending to be a JPEG'));
        return;
      case '/stall':
        response.writeHead(200, { 'Content-Type': 'image/jpeg' });
        response.write(Buffer.from([0xff, 0xd8, 0xff]));
        this.open.add(response);
        return;
      case '/mjpeg':
      case '/mjpeg-stall': {
        response.writeHead(200, { 'Content-Type': 'multipart/x-mixed-replace; boundary=sightlineframe', 'Cache-Control': 'no-cache' });
        this.open.add(response);
        response.on('close', () => this.open.delete(response));
        if (path === '/mjpeg-stall') {
          response.write('--sightlineframe\r\nContent-Type: image/jpeg\r\nContent-Length: 5000\r\n\r\n');
          response.write(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
          return;
        }
        for (let i = 0; i < 100 && !response.destroyed; i++) {
          const body = await this.frame();
          // Header and body in separate writes, as real cameras do: the reader must put them together.
          response.write(`--sightlineframe\r\nContent-Type: image/jpeg\r\nContent-Length: ${body.length}\r\n\r\n`);
          response.write(body.subarray(0, 10));
          response.write(Buffer.concat([body.subarray(10), Buffer.from('\r\n')]));
          await new Promise((r) => setTimeout(r, 100));
        }
        response.end();
        return;
      }
      default:
        response.writeHead(404);
        response.end();
    }
  }
}

export function ffmpegAvailable(): boolean {
  return spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** A short test-pattern video (a moving counter, so every second is a different picture). */
export function makeVideo(path: string, seconds = 4): void {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=96x72:rate=5:duration=${seconds}`, '-pix_fmt', 'yuv420p', path], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`ffmpeg could not make the test video: ${result.stderr}`);
  }
}

const RTSP_PYTHON = '/usr/bin/python3';

/** Why the loopback RTSP server cannot run here (GStreamer's RTSP server for Python missing), or '' when it can. */
export function rtspServerUnavailable(): string {
  if (!ffmpegAvailable()) {
    return 'ffmpeg is not installed';
  }
  const probe = spawnSync(RTSP_PYTHON, ['-c', "import gi; gi.require_version('Gst', '1.0'); gi.require_version('GstRtspServer', '1.0'); from gi.repository import Gst, GstRtspServer"], { encoding: 'utf8' });
  return probe.status === 0 ? '' : `GStreamer's RTSP server is not installed (apt-get install gstreamer1.0-rtsp python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-good): ${(probe.stderr || probe.error?.message || '').trim().split('\n').pop()}`;
}

/** GStreamer's RTSP server streaming a test pattern (160×120 RTP/JPEG) at rtsp://127.0.0.1:<port>/test. */
export async function startRtspServer(port: number): Promise<ChildProcess> {
  const child = spawn(RTSP_PYTHON, [join(__dirname, 'rtsp-server.py'), String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the RTSP server did not start: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the RTSP server exited with ${code}: ${output}`));
    });
  });
  return child;
}
