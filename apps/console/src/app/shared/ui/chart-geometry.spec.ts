import {
  linePath,
  niceCeiling,
  project,
  type ChartFrame,
} from './chart-geometry';

const frame: ChartFrame = {
  width: 110,
  height: 60,
  padding: { left: 10, right: 0, top: 0, bottom: 10 },
  xMin: 1,
  xMax: 11,
  yMin: 0,
  yMax: 1,
};

describe('chart geometry', () => {
  it('maps data corners onto the plot area, y upwards', () => {
    expect(project(frame, 1, 0)).toEqual({ x: 10, y: 50 });
    expect(project(frame, 11, 1)).toEqual({ x: 110, y: 0 });
    expect(project(frame, 6, 0.5)).toEqual({ x: 60, y: 25 });
  });

  it('breaks the line at a missing value instead of drawing it at zero', () => {
    expect(
      linePath(frame, [
        { x: 1, y: 0 },
        { x: 6, y: 0.5 },
        { x: 8, y: null },
        { x: 11, y: 1 },
      ]),
    ).toBe('M10 50 L60 25 M110 0');
  });

  it('rounds an axis maximum up to a readable value', () => {
    expect(niceCeiling(0.73)).toBe(1);
    expect(niceCeiling(2.4)).toBe(2.5);
    expect(niceCeiling(13)).toBe(20);
    expect(niceCeiling(0)).toBe(1);
  });
});
