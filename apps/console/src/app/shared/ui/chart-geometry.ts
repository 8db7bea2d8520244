export interface ChartFrame {
  width: number;
  height: number;
  /** Space kept free for the axis labels: left, right, top, bottom. */
  padding: { left: number; right: number; top: number; bottom: number };
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface ChartPoint {
  x: number;
  y: number;
}

/** Maps data coordinates into the frame (SVG y grows downwards). */
export function project(frame: ChartFrame, x: number, y: number): ChartPoint {
  const { left, right, top, bottom } = frame.padding;
  const w = frame.width - left - right;
  const h = frame.height - top - bottom;
  const xSpan = frame.xMax - frame.xMin || 1;
  const ySpan = frame.yMax - frame.yMin || 1;
  return {
    x: round(left + ((x - frame.xMin) / xSpan) * w),
    y: round(top + h - ((y - frame.yMin) / ySpan) * h),
  };
}

/** An SVG path through the points; a null value breaks the line rather than dropping to zero. */
export function linePath(
  frame: ChartFrame,
  points: ReadonlyArray<{ x: number; y: number | null }>,
): string {
  let path = '';
  let pen = false;
  for (const { x, y } of points) {
    if (y === null) {
      pen = false;
      continue;
    }
    const p = project(frame, x, y);
    path += `${pen ? 'L' : 'M'}${p.x} ${p.y} `;
    pen = true;
  }
  return path.trim();
}

/** A round upper bound for a y axis that starts at zero (e.g. 0.73 → 0.8, 2.4 → 2.5). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) {
    return 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
