import type { Coordinates } from './distance';

export interface MapBox {
  width: number;
  height: number;
  /** South-west and north-east corners of what is drawn. */
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The drawing box around the given points with a margin, its width set so that a degree of longitude is as long as
 * at the box's middle latitude (a simple equirectangular map: no tiles, no projection library, right enough for two
 * counties).
 */
export function mapBox(points: readonly Coordinates[], height: number, marginDeg = 0.3): MapBox | null {
  if (points.length === 0) return null;
  const south = Math.min(...points.map((p) => p.lat)) - marginDeg;
  const north = Math.max(...points.map((p) => p.lat)) + marginDeg;
  const west = Math.min(...points.map((p) => p.lng)) - marginDeg * 2;
  const east = Math.max(...points.map((p) => p.lng)) + marginDeg * 2;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const width = Math.round((height * ((east - west) * squeeze)) / (north - south));
  return { width, height, south, west, north, east };
}

/** Where a point lies in the box, in SVG units (y grows southwards). */
export function project(point: Coordinates, box: MapBox): { x: number; y: number } {
  const x = ((point.lng - box.west) / (box.east - box.west)) * box.width;
  const y = ((box.north - point.lat) / (box.north - box.south)) * box.height;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
