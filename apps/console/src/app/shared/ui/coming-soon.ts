import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';

/** Placeholder for a section filled by a later release; says plainly what will be there. */
@Component({
  selector: 'sl-coming-soon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule],
  template: `
    <h1>{{ title() }}</h1>
    <mat-card appearance="outlined" data-testid="coming-soon">
      <mat-card-content>
        <p class="lead"><mat-icon [svgIcon]="icon()" />{{ summary() }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .lead {
      display: flex;
      gap: 12px;
      align-items: center;
      font-size: 16px;
    }
  `,
})
export class ComingSoon {
  readonly title = input.required<string>();
  readonly summary = input.required<string>();
  readonly icon = input('settings');
}
