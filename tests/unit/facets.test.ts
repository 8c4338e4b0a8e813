import { describe, expect, it } from 'vitest';
import { caseStudyFacets } from '../../src/lib/case-study-facets.ts';
import { courseFacets, courseListHeading } from '../../src/lib/course-facets.ts';
import { directoryFacets, facetOrderOf } from '../../src/lib/directory/facets.ts';
import { facetValues, vocabularyFacet, withValues } from '../../src/lib/facets.ts';
import { kindsOfHelp, themes } from '../../src/lib/vocabulary/index.ts';

const areas = { ids: ['westfield', 'eastbrook'], nameOf: (id: string) => ({ westfield: 'Westfield', eastbrook: 'Eastbrook' })[id] ?? id };

describe('one facet model for every list', () => {
  it('counts each item once per value, in the vocabulary order, with its words', () => {
    const facet = vocabularyFacet('kind', 'Kind of help', kindsOfHelp, (item: { kinds: string[] }) => item.kinds);
    const values = facetValues([{ kinds: ['device-to-borrow', 'free-wifi'] }, { kinds: ['free-wifi', 'free-wifi'] }], facet);
    expect(values.map((v) => [v.value, v.count])).toEqual([
      ['free-wifi', 2],
      ['device-to-borrow', 1],
    ]);
    expect(values.find((v) => v.value === 'free-wifi')!.label).toBe(kindsOfHelp.label('free-wifi'));
  });

  it('puts values the order does not know last, by their words, and shows them as written', () => {
    const facet = vocabularyFacet('topic', 'Topic', themes, (item: { topics: string[] }) => item.topics);
    const values = facetValues([{ topics: ['zebra', themes.ids[1]!, 'apple', themes.ids[0]!] }], facet);
    expect(values.map((v) => v.value)).toEqual([themes.ids[0], themes.ids[1], 'apple', 'zebra']);
    expect(values.at(-1)!.label).toBe('zebra');
  });

  it('sorts by words when a facet has no order', () => {
    const values = facetValues([{ v: ['b'] }, { v: ['a', 'c'] }], { valuesOf: (i: { v: string[] }) => i.v, labelOf: (v) => ({ a: 'Zed', b: 'Alpha', c: 'Mid' })[v]! });
    expect(values.map((v) => v.label)).toEqual(['Alpha', 'Mid', 'Zed']);
  });

  it('gives the directory its six facets, areas in the site order and named by the site', () => {
    const facets = directoryFacets(areas);
    expect(Object.values(facets).map((f) => [f.facet, f.label])).toEqual([
      ['kind', 'Kind of help'],
      ['area', 'Area'],
      ['cost', 'Cost'],
      ['audience', 'Who it is for'],
      ['support', 'Specific support'],
      ['language', 'Language'],
    ]);
    // "Area not known" comes after every area (listings whose feed did not say where they help).
    expect(facetOrderOf(facets).area).toEqual(['westfield', 'eastbrook', 'area-not-known']);
    expect(facets.area.labelOf('eastbrook')).toBe('Eastbrook');
  });

  it('gives courses an area facet with "Online" last, and headings for each facet', () => {
    const course = (areasOf: string[], format: 'online' | 'in-person') => ({
      areas: areasOf,
      data: { level: 'foundation' as const, edsAreas: ['transacting' as const], format, cost: { type: 'free' as const } },
    });
    const [inArea, , , format] = withValues([course(['online'], 'online'), course(['eastbrook'], 'in-person'), course(['westfield'], 'in-person')], courseFacets(areas));
    expect(inArea!.values.map((v) => v.label)).toEqual(['Westfield', 'Eastbrook', 'Online']);
    expect(format!.values.map((v) => [v.label, v.count])).toEqual([
      ['In person', 2],
      ['Online', 1],
    ]);
    expect(courseListHeading('in', 'online', 'Online')).toBe('Courses you can do online');
    expect(courseListHeading('format', 'mixed', 'In person and online')).toBe('Courses in person and online');
  });

  it('names case study places as written, under their address word', () => {
    const items = [{ data: { cs: [], themes: [], audiences: [], places: ['Kings Heath', 'ਬਰਮਿੰਘਮ'] } }];
    const place = withValues(items, caseStudyFacets(items)).find((f) => f.facet === 'place')!;
    expect(place.values.map((v) => [v.value, v.label])).toEqual([
      ['kings-heath', 'Kings Heath'],
      ['ਬਰਮਿੰਘਮ', 'ਬਰਮਿੰਘਮ'],
    ]);
  });
});
