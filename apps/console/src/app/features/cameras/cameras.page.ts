import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/ui/coming-soon';

@Component({
  selector: 'sl-cameras-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <sl-coming-soon
      title="Cameras"
      icon="videocam"
      summary="Cameras: add HTTP snapshot, MJPEG, RTSP, video-file, V4L2, watched-folder and browser-webcam cameras to a project, with capture schedules (interval or cron), on-demand capture and per-camera status — coming in a later release."
    />
  `,
})
export class CamerasPage {}
