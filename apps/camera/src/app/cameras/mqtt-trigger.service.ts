import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { maskUrl } from './camera-url';
import { CamerasService } from './cameras.service';
import { messageOf } from './capture.service';
import { MqttClient } from './mqtt-client.repository';

const TOPIC = /^sightline\/cameras\/([0-9a-fA-F-]{36})\/capture$/;

/**
 * With MQTT_URL set: any message on `sightline/cameras/<id>/capture` captures from that camera now, and the outcome
 * is published on `sightline/cameras/<id>/captured` (`{ok, imageId?, error?}`), so a PLC can trigger inspections.
 * Replicas subscribe as one shared group (`$share/sightline-camera/…`, MQTT 5 and Mosquitto ≥ 1.6), so one capture per message.
 */
@Injectable()
export class MqttTriggerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MqttTriggerService.name);
  private client?: MqttClient;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly cameras: CamerasService,
  ) {}

  onApplicationBootstrap(): void {
    const url = this.config.cameras.mqttUrl;
    if (!url) {
      return;
    }
    this.client = new MqttClient(
      new URL(url),
      // A shared subscription: with several camera service replicas, each message reaches one of them.
      ['$share/sightline-camera/sightline/cameras/+/capture'],
      (topic) => void this.trigger(topic),
      (state, reason) =>
        state === 'connected' ? this.logger.log(`MQTT: listening on ${maskUrl(url)} for sightline/cameras/<id>/capture`) : this.logger.warn(`MQTT: disconnected (${reason}), reconnecting`),
    );
    this.client.start();
  }

  onModuleDestroy(): void {
    this.client?.close();
  }

  private async trigger(topic: string): Promise<void> {
    const id = TOPIC.exec(topic)?.[1];
    if (!id) {
      return;
    }
    try {
      const result = await this.cameras.capture(id, 'mqtt');
      this.client?.publish(`sightline/cameras/${id}/captured`, JSON.stringify({ ok: true, imageId: result.imageId, stored: result.stored, predictionLabel: result.predictionLabel || undefined }));
    } catch (error) {
      this.logger.warn(`MQTT capture of camera ${id} failed: ${messageOf(error)}`);
      this.client?.publish(`sightline/cameras/${id}/captured`, JSON.stringify({ ok: false, error: messageOf(error) }));
    }
  }
}
