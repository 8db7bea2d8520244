import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import type { Health } from '../../core/data-access/system.api';

/** The up/down state of each backend service, as reported by /health. */
@Component({
  selector: 'sl-service-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatListModule, MatIconModule],
  template: `
    <mat-list>
      @for (service of services(); track service.name) {
        <mat-list-item
          [attr.data-testid]="'service-' + service.name"
          [attr.data-status]="service.state"
        >
          <mat-icon
            matListItemIcon
            [svgIcon]="service.state === 'up' ? 'up' : 'down'"
            [class.up]="service.state === 'up'"
            [class.down]="service.state !== 'up'"
          />
          <span matListItemTitle>{{ service.name }}</span>
          <span matListItemLine>{{ service.state }}</span>
        </mat-list-item>
      }
    </mat-list>
  `,
  styles: `
    .up {
      color: #2e7d32;
    }
    .down {
      color: var(--mat-sys-error);
    }
  `,
})
export class ServiceStatus {
  readonly health = input.required<Health>();

  protected readonly services = computed(() =>
    Object.entries(this.health().services).map(([name, state]) => ({
      name,
      state: String(state),
    })),
  );
}
