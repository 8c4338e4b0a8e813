import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importOpenReferral, toOrukService } from '../../src/lib/openreferral/index.ts';
import { loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

describe('dev', () => {
  it('round trip', () => {
    const site = loadSite(PROJECT);
    const oruk = site.services.map((s) => toOrukService(s, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea }));
    const result = importOpenReferral(oruk, { feedName: 'test', today: '2026-11-23', known: site });
    console.log(JSON.stringify(oruk[0], null, 1).slice(0, 5000));
    console.log(result.report.imported, result.report.skippedRecords, result.report.notes.slice(0, 10));
    for (const s of site.services) {
      const back = result.services.find((x) => x.id === s.id);
      expect({ ...back?.data, checkedBy: 0, source: 0, licence: 0 }).toEqual({ ...s.data, checkedBy: 0, source: 0, licence: 0 });
    }
  });
});
