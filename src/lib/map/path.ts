/** Writes shapes as SVG path data, as short as it can be: whole numbers, each point as a step from the last. */
import type { Point } from './projection.ts';

/** Numbers in a list: a minus sign is a separator of its own, so it needs no space before it. */
function numbers(values: readonly number[]): string {
  return values.map((value, i) => (i === 0 || value < 0 ? `${value}` : ` ${value}`)).join('');
}

/** Path data for polygons whose rings are open lists of whole-number points: "M10 20l5-3 2 4z". */
export function pathData(polygons: readonly (readonly (readonly Point[])[])[]): string {
  let d = '';
  for (const rings of polygons)
    for (const ring of rings) {
      const [first, ...rest] = ring;
      if (!first) continue;
      const steps: number[] = [];
      let [x, y] = first;
      for (const [nx, ny] of rest) {
        steps.push(nx - x, ny - y);
        [x, y] = [nx, ny];
      }
      d += `M${numbers(first)}${steps.length ? `l${numbers(steps)}` : ''}z`;
    }
  return d;
}
