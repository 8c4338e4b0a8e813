import { describe, expect, it } from 'vitest';
import { ANY, builtFileShape, routeShape, routeShapeUnder } from '../../src/lib/route-shape.ts';
import { routes } from '../../src/lib/routes.ts';

describe('patterns made from routes', () => {
  it('match a route for every id, and nothing else', () => {
    const listing = routeShape(routes.service(ANY));
    expect(listing.test(routes.service('eastbrook-library'))).toBe(true);
    expect(listing.test('/services/')).toBe(false);
    expect(listing.test('/services/a/b/')).toBe(false);
  });

  it('match a route and what is under it', () => {
    const findHelp = routeShapeUnder(routes.findHelp());
    expect(findHelp.test(routes.findHelp({ area: 'eastbrook' }))).toBe(true);
    expect(findHelp.test(routes.courses())).toBe(false);
  });

  it('match the file a page or data file is built to', () => {
    expect(builtFileShape(routes.champions()).test('champions/index.html')).toBe(true);
    expect(builtFileShape(routes.lesson(ANY, ANY)).test('champions/modules/m1/l1/index.html')).toBe(true);
    expect(builtFileShape(routes.triageTool()).test('champions/triage/tool.json')).toBe(true);
    expect(builtFileShape(routes.champions()).test('champions/progress/index.html')).toBe(false);
  });
});
