import { describe, expect, it } from 'vitest';
import { mapBox, project } from '#shared/occasions/map';

const KIRUNA = { lat: 67.8558, lng: 20.2253 };
const UMEA = { lat: 63.8258, lng: 20.263 };
const HAPARANDA = { lat: 65.8355, lng: 24.1368 };

describe('mapBox / project', () => {
  const box = mapBox([KIRUNA, UMEA, HAPARANDA], 400);

  it('has no box without points', () => {
    expect(mapBox([], 400)).toBeNull();
  });

  it('puts north up and east right, every point inside the box', () => {
    if (!box) throw new Error('no box');
    const k = project(KIRUNA, box);
    const u = project(UMEA, box);
    const h = project(HAPARANDA, box);
    expect(k.y).toBeLessThan(u.y);
    expect(h.x).toBeGreaterThan(k.x);
    for (const p of [k, u, h]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box.height);
    }
  });

  it('narrows longitude by the latitude (a degree east is shorter than a degree north up here)', () => {
    if (!box) throw new Error('no box');
    expect(box.width / (box.east - box.west)).toBeLessThan(box.height / (box.north - box.south));
  });
});
