import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { ukraineGeometry } from './ukraine.ts';
import { fitToWidth } from './projection.ts';

describe('fitToWidth', () => {
  const { collection } = ukraineGeometry();
  const fitted = fitToWidth(collection, 1000, 10);

  it("fills the width inside the padding, with a landscape aspect like Ukraine's", () => {
    const [[x0, y0], [x1, y1]] = geoPath(fitted.projection).bounds(collection);
    expect(x0).toBeCloseTo(10, 0);
    expect(x1).toBeCloseTo(990, 0);
    expect(y0).toBeGreaterThanOrEqual(9.5);
    expect(y1).toBeLessThanOrEqual(fitted.height - 9.5);
    expect(fitted.height).toBeGreaterThan(600);
    expect(fitted.height).toBeLessThan(750);
  });

  it('is a conic centred on Ukraine: Kyiv lands near the horizontal middle, Lviv west, Kharkiv east', () => {
    const [kx] = fitted.projection([30.52, 50.45])!;
    const [lx] = fitted.projection([24.03, 49.84])!;
    const [hx, hy] = fitted.projection([36.23, 49.99])!;
    expect(kx).toBeGreaterThan(400);
    expect(kx).toBeLessThan(560);
    expect(lx).toBeLessThan(kx);
    expect(hx).toBeGreaterThan(kx);
    // Conic: parallels curve, so Kharkiv (slightly south of Kyiv) still plots above-ish the same line.
    expect(Math.abs(hy - fitted.projection([30.52, 49.99])![1])).toBeGreaterThan(1);
  });
});
