import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/ui/coming-soon';

@Component({
  selector: 'sl-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <sl-coming-soon
      title="Training"
      icon="training"
      summary="Training: start training jobs for a project (small CNN or transfer learning), follow their progress live, cancel them, and configure auto-retrain after N new labels — coming in a later release."
    />
  `,
})
export class TrainingPage {}
