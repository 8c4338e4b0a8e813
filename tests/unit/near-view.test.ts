import { describe, expect, it } from 'vitest';
import { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from '../../src/lib/directory/area-not-known.ts';
import { NEAR_ME_AREAS_LISTED_AT_MOST, nearMeView } from '../../src/lib/near/near-me-view.ts';
import { routes } from '../../src/lib/routes.ts';

describe('the near-me page: kinds of help, areas and an example postcode', () => {
  const findHelp = {
    kinds: [
      { label: 'Free Wi-Fi', description: undefined, path: routes.findHelp({ kind: 'free-wifi' }) },
      { label: 'Help on the phone', description: undefined, path: routes.findHelp({ kind: 'phone-help' }) },
    ],
    areas: [
      { label: 'Eastbrook', summary: 'East of the river.', path: routes.findHelp({ area: 'eastbrook' }) },
      { label: AREA_NOT_KNOWN_LABEL, summary: undefined, path: routes.findHelp({ area: AREA_NOT_KNOWN }) },
    ],
  };
  it("offers the find-help page's kinds and areas, in its words and order, each with its id and list", () => {
    const view = nearMeView(findHelp, ['eastbrook', 'hillside'], []);
    expect(view.kinds).toEqual([
      { id: 'free-wifi', label: 'Free Wi-Fi', path: '/find-help/free-wifi/' },
      { id: 'phone-help', label: 'Help on the phone', path: '/find-help/phone-help/' },
    ]);
    expect(view.areas).toEqual([
      { id: 'eastbrook', label: 'Eastbrook', summary: 'East of the river.', path: '/find-help/in/eastbrook/' },
      { id: AREA_NOT_KNOWN, label: AREA_NOT_KNOWN_LABEL, summary: undefined, path: routes.findHelp({ area: AREA_NOT_KNOWN }) },
    ]);
    expect(view.examplePostcode).toBeUndefined();
  });
  it("takes the example postcode from the first listing's first place", () => {
    const view = nearMeView(findHelp, ['eastbrook'], [{ data: {} }, { data: { locations: [{ postcode: 'NM3 4EF' }, { postcode: 'NM1 1AA' }] } }]);
    expect(view.examplePostcode).toBe('NM3 4EF');
  });
  it('refuses a link it cannot name (the find-help page and this page would disagree)', () => {
    expect(() => nearMeView({ ...findHelp, areas: [{ label: 'Nowhere', summary: undefined, path: '/find-help/in/nowhere/' }] }, ['eastbrook'], [])).toThrow('/find-help/in/nowhere/');
  });

  it("lists at most 24 areas itself; with more, it links to the find-help page's list instead (the page would pass its budget)", () => {
    const many = Array.from({ length: NEAR_ME_AREAS_LISTED_AT_MOST + 1 }, (_, i) => `area-${i + 1}`);
    const withAreas = (ids: string[]) => nearMeView({ ...findHelp, areas: ids.map((id) => ({ label: id, summary: undefined, path: `/find-help/in/${id}/` })) }, ids, []);
    expect(withAreas(many.slice(0, NEAR_ME_AREAS_LISTED_AT_MOST)).areas).toHaveLength(NEAR_ME_AREAS_LISTED_AT_MOST);
    expect(withAreas(many.slice(0, NEAR_ME_AREAS_LISTED_AT_MOST)).allAreasPath).toBeUndefined();
    expect(withAreas(many).areas).toEqual([]);
    expect(withAreas(many).allAreasPath).toBe('/find-help/#by-area');
  });
});
