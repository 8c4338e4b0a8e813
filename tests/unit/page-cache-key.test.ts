/**
 * A listing page's cache key (src/lib/page-cache-key.ts) changes whenever anything the page shows
 * changes, and only then. Shared inputs (the areas, the site) are fingerprinted once per object.
 */
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';

const areas = [
  { id: 'eastbrook', name: 'Eastbrook' },
  { id: 'westfield', name: 'Westfield' },
];
const site = { name: 'Digital help in Northmere', phone: '0300 123 4567' };
const base = () => ({ service: { id: 'a', name: 'Library Wi-Fi', kinds: new Set(['free-wifi']) }, view: { places: new Map([['x', 1]]) }, areas, site, day: '2026-11-23' });

describe('a page cache key', () => {
  it('is the same for the same inputs, in any order of names', () => {
    const { service, view, day } = base();
    expect(pageCacheKey(base())).toBe(pageCacheKey({ day, site, areas, view, service }));
  });

  it('changes when the listing, its view, the day, or a shared input changes', () => {
    const key = pageCacheKey(base());
    expect(pageCacheKey({ ...base(), service: { id: 'a', name: 'Library Wi-Fi and help', kinds: new Set(['free-wifi']) } })).not.toBe(key);
    expect(pageCacheKey({ ...base(), service: { id: 'a', name: 'Library Wi-Fi', kinds: new Set(['free-wifi', 'data']) } })).not.toBe(key);
    expect(pageCacheKey({ ...base(), view: { places: new Map([['x', 2]]) } })).not.toBe(key);
    expect(pageCacheKey({ ...base(), day: '2026-11-24' })).not.toBe(key);
    expect(pageCacheKey({ ...base(), areas: [...areas, { id: 'hillside', name: 'Hillside' }] })).not.toBe(key);
    expect(pageCacheKey({ ...base(), site: { ...site, phone: '0300 000 0000' } })).not.toBe(key);
  });

  it('tells apart an input that is missing from one that is empty', () => {
    const { service, view, areas: a, day } = base();
    expect(pageCacheKey({ service, view, areas: a, day })).not.toBe(pageCacheKey({ service, view, areas: a, day, site: {} }));
  });

  it('fingerprints a list item by item: the same listings in a new list give the same key, and a changed listing in it changes the key', () => {
    const a = { id: 'a', name: 'Library Wi-Fi' };
    const b = { id: 'b', name: 'Tablet loans' };
    const key = pageCacheKey({ services: [a, b], day: '2026-11-23' });
    expect(pageCacheKey({ services: [a, b], day: '2026-11-23' })).toBe(key);
    expect(pageCacheKey({ services: [{ ...a }, { ...b }], day: '2026-11-23' })).toBe(key);
    expect(pageCacheKey({ services: [b, a], day: '2026-11-23' })).not.toBe(key);
    expect(pageCacheKey({ services: [a, { ...b, name: 'Tablet loans and help' }], day: '2026-11-23' })).not.toBe(key);
    expect(pageCacheKey({ services: [a], day: '2026-11-23' })).not.toBe(key);
  });
});
