import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { EpochMetrics } from '../../core/data-access/model-metrics';
import {
  linePath,
  niceCeiling,
  project,
  type ChartFrame,
} from './chart-geometry';

interface Panel {
  title: string;
  testId: string;
  frame: ChartFrame;
  train: string;
  val: string;
  dots: { x: number; y: number; val: boolean }[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
}

const WIDTH = 320;
const HEIGHT = 170;
const PADDING = { left: 40, right: 10, top: 10, bottom: 24 };

/** Loss and accuracy per epoch, training (solid) against validation (dashed), as two small SVG charts. */
@Component({
  selector: 'sl-curves-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (curves().length) {
      <div class="panels">
        @for (panel of panels(); track panel.title) {
          <figure [attr.data-testid]="panel.testId">
            <figcaption>{{ panel.title }}</figcaption>
            <svg
              [attr.viewBox]="'0 0 ' + width + ' ' + height"
              role="img"
              [attr.aria-label]="panel.title + ' per epoch'"
            >
              @for (tick of panel.yTicks; track tick.label) {
                <line
                  class="grid"
                  [attr.x1]="padding.left"
                  [attr.x2]="width - padding.right"
                  [attr.y1]="tick.y"
                  [attr.y2]="tick.y"
                />
                <text
                  class="tick"
                  text-anchor="end"
                  [attr.x]="padding.left - 4"
                  [attr.y]="tick.y + 3"
                >
                  {{ tick.label }}
                </text>
              }
              @for (tick of panel.xTicks; track tick.label) {
                <text
                  class="tick"
                  text-anchor="middle"
                  [attr.x]="tick.x"
                  [attr.y]="height - 8"
                >
                  {{ tick.label }}
                </text>
              }
              <path class="train" [attr.d]="panel.train" />
              <path class="val" [attr.d]="panel.val" />
              @for (dot of panel.dots; track $index) {
                <circle
                  [class.val]="dot.val"
                  [class.train]="!dot.val"
                  r="2"
                  [attr.cx]="dot.x"
                  [attr.cy]="dot.y"
                />
              }
            </svg>
          </figure>
        }
      </div>
      <p class="legend">
        <span class="key train"></span> training ·
        <span class="key val"></span> validation · x: epoch
      </p>
    } @else {
      <p class="muted" data-testid="curves-empty">No epoch finished yet.</p>
    }
  `,
  styles: `
    .panels {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    figure {
      margin: 0;
      flex: 1 1 280px;
      max-width: 480px;
    }
    figcaption {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .tick {
      font-size: 10px;
      fill: var(--mat-sys-on-surface-variant);
    }
    path {
      fill: none;
      stroke-width: 2;
    }
    path.train,
    circle.train {
      stroke: var(--mat-sys-primary);
      fill: var(--mat-sys-primary);
    }
    path.val,
    circle.val {
      stroke: var(--mat-sys-tertiary);
      fill: var(--mat-sys-tertiary);
    }
    path.train,
    path.val {
      fill: none;
    }
    path.val {
      stroke-dasharray: 5 3;
    }
    .legend {
      font-size: 12px;
      opacity: 0.8;
      margin: 4px 0 0;
    }
    .key {
      display: inline-block;
      width: 18px;
      border-top: 2px solid var(--mat-sys-primary);
      vertical-align: middle;
    }
    .key.val {
      border-top: 2px dashed var(--mat-sys-tertiary);
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class CurvesChart {
  readonly curves = input.required<readonly EpochMetrics[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly padding = PADDING;

  protected readonly panels = computed<Panel[]>(() => {
    const curves = this.curves();
    const lossMax = niceCeiling(
      Math.max(0, ...curves.flatMap((c) => [c.loss ?? 0, c.valLoss ?? 0])),
    );
    return [
      panel('Loss', 'curves-loss', curves, lossMax, 'loss', 'valLoss'),
      panel(
        'Accuracy',
        'curves-accuracy',
        curves,
        1,
        'accuracy',
        'valAccuracy',
      ),
    ];
  });
}

function panel(
  title: string,
  testId: string,
  curves: readonly EpochMetrics[],
  yMax: number,
  trainKey: 'loss' | 'accuracy',
  valKey: 'valLoss' | 'valAccuracy',
): Panel {
  const epochs = curves.map((c) => c.epoch);
  const xMin = Math.min(...epochs);
  const xMax = Math.max(...epochs);
  const frame: ChartFrame = {
    width: WIDTH,
    height: HEIGHT,
    padding: PADDING,
    xMin: xMin === xMax ? xMin - 1 : xMin,
    xMax,
    yMin: 0,
    yMax,
  };
  const series = (key: keyof EpochMetrics) =>
    curves.map((c) => ({ x: c.epoch, y: c[key] }));
  const dots =
    curves.length <= 40
      ? curves.flatMap((c) =>
          [
            { value: c[trainKey], val: false },
            { value: c[valKey], val: true },
          ]
            .filter(
              (d): d is { value: number; val: boolean } => d.value !== null,
            )
            .map((d) => ({ ...project(frame, c.epoch, d.value), val: d.val })),
        )
      : [];
  const percent = trainKey === 'accuracy';
  const yTicks = [0, 0.5, 1].map((f) => ({
    y: project(frame, xMin, f * yMax).y,
    label: percent ? `${Math.round(f * yMax * 100)}%` : format(f * yMax),
  }));
  const xTicks = [...new Set([xMin, xMax])].map((epoch) => ({
    x: project(frame, epoch, 0).x,
    label: String(epoch),
  }));
  return {
    title,
    testId,
    frame,
    train: linePath(frame, series(trainKey)),
    val: linePath(frame, series(valKey)),
    dots,
    yTicks,
    xTicks,
  };
}

function format(value: number): string {
  return value >= 10 ? value.toFixed(0) : String(Number(value.toPrecision(2)));
}
