import { describe, expect, it } from 'vitest';
import { milesBetween, milesInWords } from '../../src/lib/near/distance.ts';
import { cellBounds, cellOf, cellsNearestFirst, milesToCell } from '../../src/lib/near/grid.ts';

describe('distance in miles (haversine)', () => {
  it('gives the distances of known pairs of places', () => {
    // One degree of latitude is 69.09 miles on a sphere of the Earth's mean radius.
    expect(milesBetween({ latitude: 52, longitude: -1 }, { latitude: 53, longitude: -1 })).toBeCloseTo(69.09, 2);
    // One degree of longitude on the equator is the same; at 60 degrees north, half of it.
    expect(milesBetween({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(69.09, 2);
    expect(milesBetween({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 1 })).toBeCloseTo(34.55, 1);
    // Land's End to John o' Groats, about 603 miles in a straight line (601.6 on a sphere).
    expect(milesBetween({ latitude: 50.0657, longitude: -5.7132 }, { latitude: 58.6373, longitude: -3.0689 })).toBeCloseTo(601.6, 0);
    // Central London to central Manchester, about 163 miles.
    expect(milesBetween({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 53.4808, longitude: -2.2426 })).toBeCloseTo(162.8, 0);
  });
  it('is 0 from a place to itself, and the same both ways', () => {
    const library = { latitude: 53.4334, longitude: -2.1181 };
    const hub = { latitude: 53.4012, longitude: -2.1755 };
    expect(milesBetween(library, library)).toBe(0);
    expect(milesBetween(library, hub)).toBe(milesBetween(hub, library));
  });
  it('says the distance to one decimal place, in words', () => {
    expect(milesInWords(0.04)).toBe('Less than 0.1 miles away');
    expect(milesInWords(0.05)).toBe('0.1 miles away');
    expect(milesInWords(1)).toBe('1.0 miles away');
    expect(milesInWords(1.26)).toBe('1.3 miles away');
    expect(milesInWords(12.349)).toBe('12.3 miles away');
  });
});

describe('the squares of the map', () => {
  it('names the square a point is in by its row and column', () => {
    expect(cellOf({ latitude: 53.4334, longitude: -2.1181 })).toBe('534_-15');
    expect(cellOf({ latitude: 53.45, longitude: -2.2 })).toBe('534_-15');
    expect(cellOf({ latitude: 53.51, longitude: -2.1181 })).toBe('535_-15');
    expect(cellOf({ latitude: 53.4334, longitude: -2.0 })).toBe('534_-14');
    expect(cellOf({ latitude: 51.5, longitude: 0.05 })).toBe('515_0');
  });
  it('puts every point inside the edges of its own square', () => {
    for (let latitude = 49.95; latitude < 61; latitude += 0.37)
      for (let longitude = -8.9; longitude < 2; longitude += 0.41) {
        const { south, north, west, east } = cellBounds(cellOf({ latitude, longitude }));
        expect(latitude).toBeGreaterThanOrEqual(south - 1e-9);
        expect(latitude).toBeLessThanOrEqual(north + 1e-9);
        expect(longitude).toBeGreaterThanOrEqual(west - 1e-9);
        expect(longitude).toBeLessThanOrEqual(east + 1e-9);
      }
  });
  it('refuses a name that is not a square', () => {
    expect(() => cellBounds('north')).toThrow('"north" is not the name of a square on the map.');
  });
  it('knows how near a square can be: 0 inside, the distance to its nearest edge outside, never more than any place in it', () => {
    const point = { latitude: 53.4334, longitude: -2.1181 };
    expect(milesToCell(point, '534_-15')).toBe(0);
    // The square north of it starts at latitude 53.5.
    expect(milesToCell(point, '535_-15')).toBeCloseTo(milesBetween(point, { latitude: 53.5, longitude: -2.1181 }), 6);
    for (const cell of ['535_-14', '533_-16', '534_-13', '530_-15']) {
      const { south, north, west, east } = cellBounds(cell);
      for (let i = 0; i <= 10; i++)
        for (let j = 0; j <= 10; j++) {
          const inside = { latitude: south + ((north - south) * i) / 10, longitude: west + ((east - west) * j) / 10 };
          expect(milesToCell(point, cell)).toBeLessThanOrEqual(milesBetween(point, inside) + 1e-9);
        }
    }
  });
  it('orders squares nearest first', () => {
    // The point's square runs from longitude -2.25 to -2.1 and latitude 53.4 to 53.5: its east edge is 0.8 miles away, its north edge 4.6.
    const point = { latitude: 53.4334, longitude: -2.1181 };
    expect(cellsNearestFirst(point, ['540_-15', '534_-15', '535_-15', '534_-14']).map((square) => square.cell)).toEqual(['534_-15', '534_-14', '535_-15', '540_-15']);
  });
});
