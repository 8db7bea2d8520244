import { Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/**
 * A minimal MQTT 3.1.1 client (CONNECT, SUBSCRIBE at QoS 0, PUBLISH in and out, PINGREQ), enough for a PLC to
 * trigger captures. It reconnects with backoff and subscribes again after each connection.
 */
export class MqttClient {
  private socket?: Socket;
  private buffer = Buffer.alloc(0);
  private ping?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private retryMs = 500;
  private closed = false;
  private packetId = 0;
  connected = false;

  constructor(
    private readonly url: URL,
    private readonly topics: string[],
    private readonly onMessage: (topic: string, payload: Buffer) => void,
    private readonly onState: (state: 'connected' | 'disconnected', reason?: string) => void,
    private readonly clientId = `sightline-camera-${process.pid}-${Date.now().toString(36)}`,
    private readonly keepAliveSeconds = 30,
  ) {}

  start(): void {
    this.closed = false;
    this.open();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    clearInterval(this.ping);
    if (this.socket && this.connected) {
      this.socket.end(Buffer.from([0xe0, 0x00])); // DISCONNECT
    }
    this.socket?.destroy();
  }

  /** Fire-and-forget publish at QoS 0 (dropped while disconnected). */
  publish(topic: string, payload: string): void {
    if (this.socket && this.connected) {
      this.socket.write(packet(0x30, Buffer.concat([str(topic), Buffer.from(payload)])));
    }
  }

  private open(): void {
    const port = Number(this.url.port || (this.url.protocol === 'mqtts:' ? 8883 : 1883));
    const host = this.url.hostname;
    const socket = this.url.protocol === 'mqtts:' ? tlsConnect({ host, port, servername: host }) : tcpConnect({ host, port });
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    socket.once(this.url.protocol === 'mqtts:' ? 'secureConnect' : 'connect', () => socket.write(this.connectPacket()));
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => undefined); // 'close' follows and reconnects
    socket.once('close', () => this.lost('connection closed'));
  }

  private lost(reason: string): void {
    clearInterval(this.ping);
    const was = this.connected;
    this.connected = false;
    this.socket?.destroy();
    if (was) {
      this.onState('disconnected', reason);
    }
    if (!this.closed) {
      clearTimeout(this.retry);
      this.retry = setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 30_000);
    }
  }

  private connectPacket(): Buffer {
    const username = decodeURIComponent(this.url.username);
    const password = decodeURIComponent(this.url.password);
    let flags = 0x02; // clean session
    const payload = [str(this.clientId)];
    if (username) {
      flags |= 0x80;
      payload.push(str(username));
    }
    if (password) {
      flags |= 0x40;
      payload.push(str(password));
    }
    const header = Buffer.concat([str('MQTT'), Buffer.from([0x04, flags, this.keepAliveSeconds >> 8, this.keepAliveSeconds & 0xff])]);
    return packet(0x10, Buffer.concat([header, ...payload]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const decoded = remainingLength(this.buffer);
      if (!decoded || this.buffer.length < decoded.offset + decoded.length) {
        return;
      }
      const type = this.buffer[0] >> 4;
      const flags = this.buffer[0] & 0x0f;
      const body = this.buffer.subarray(decoded.offset, decoded.offset + decoded.length);
      this.buffer = this.buffer.subarray(decoded.offset + decoded.length);
      this.handle(type, flags, body);
    }
  }

  private handle(type: number, flags: number, body: Buffer): void {
    switch (type) {
      case 2: // CONNACK
        if (body[1] !== 0) {
          this.lost(`the broker refused the connection (CONNACK code ${body[1]})`);
          return;
        }
        this.connected = true;
        this.retryMs = 500;
        this.socket?.write(this.subscribePacket());
        this.ping = setInterval(() => this.socket?.write(Buffer.from([0xc0, 0x00])), (this.keepAliveSeconds * 1000) / 2);
        this.onState('connected');
        return;
      case 3: {
        // PUBLISH
        const topicLength = body.readUInt16BE(0);
        const topic = body.subarray(2, 2 + topicLength).toString('utf8');
        const qos = (flags >> 1) & 0x03;
        let offset = 2 + topicLength;
        if (qos > 0) {
          const id = body.readUInt16BE(offset);
          offset += 2;
          // QoS 1 → PUBACK; QoS 2 → PUBREC (the broker only sends QoS 0 to a QoS 0 subscription, this is for safety).
          this.socket?.write(Buffer.from([qos === 1 ? 0x40 : 0x50, 0x02, id >> 8, id & 0xff]));
        }
        this.onMessage(topic, body.subarray(offset));
        return;
      }
      case 6: {
        // PUBREL → PUBCOMP
        this.socket?.write(Buffer.from([0x70, 0x02, body[0], body[1]]));
        return;
      }
      default:
        return; // SUBACK, PINGRESP, PUBACK…
    }
  }

  private subscribePacket(): Buffer {
    this.packetId = (this.packetId % 65535) + 1;
    const id = Buffer.from([this.packetId >> 8, this.packetId & 0xff]);
    return packet(0x82, Buffer.concat([id, ...this.topics.map((t) => Buffer.concat([str(t), Buffer.from([0x00])]))]));
  }
}

function str(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function packet(firstByte: number, body: Buffer): Buffer {
  const length: number[] = [];
  let x = body.length;
  do {
    let byte = x % 128;
    x = Math.floor(x / 128);
    if (x > 0) {
      byte |= 0x80;
    }
    length.push(byte);
  } while (x > 0);
  return Buffer.concat([Buffer.from([firstByte, ...length]), body]);
}

function remainingLength(buffer: Buffer): { length: number; offset: number } | undefined {
  let multiplier = 1;
  let length = 0;
  for (let i = 1; i < 5; i++) {
    if (i >= buffer.length) {
      return undefined;
    }
    length += (buffer[i] & 0x7f) * multiplier;
    if ((buffer[i] & 0x80) === 0) {
      return { length, offset: i + 1 };
    }
    multiplier *= 128;
  }
  throw new Error('malformed MQTT packet length');
}
