// Equal-area conic centred on Ukraine: true areas suit a choropleth, and the standard
// parallels bracket the country (44.4–52.4° N) so shapes stay undistorted.
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

// precision(0) turns off adaptive resampling: the simplified borders are short segments
// whose projected curvature is far below a pixel, and resampling would only add points.
export function ukraineProjection(): GeoProjection {
  return geoConicEqualArea().rotate([-31, 0]).parallels([45.5, 51]).precision(0);
}

export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Fits the object to `width` with `padding` on every side; the height follows the shape. */
export function fitToWidth(object: GeoPermissibleObjects, width: number, padding: number): FittedProjection {
  const projection = ukraineProjection().fitWidth(width - 2 * padding, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    object,
  );
  return { projection, width, height };
}
