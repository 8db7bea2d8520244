import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/ui/coming-soon';

@Component({
  selector: 'sl-models-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <sl-coming-soon
      title="Models"
      icon="models"
      summary="Models: browse each project's model versions with their metrics (accuracy, per-class precision/recall/F1, confusion matrix, loss curves), promote a version to production and roll back — coming in a later release."
    />
  `,
})
export class ModelsPage {}
