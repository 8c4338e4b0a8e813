import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { areasServed, isAvailable } from '../../src/lib/directory/listing.ts';
import { routes } from '../../src/lib/routes.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { EVERY_BUILT_SITE, TEST_SITE } from '../support/built-site.ts';

const LOCAL = 'https://local.invalid';

// A kind of help or an area with no listed (active) service has no list page and no print sheet,
// so nothing may link to one; a closed service still has its page, which names its kinds of help
// without linking the missing lists. The fixture has such a kind (assistive-technology: all three
// Sight and Hearing services are closed) and an area with no place in it (Marsh End: only the
// borough-wide phone lines serve it), so these rules are exercised whatever a council ships.
for (const site of EVERY_BUILT_SITE)
  describe(`help with nothing listed is not linked, and closed services still get a page, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' });
    const services = content.entries.get('services')!;
    const areaIds = content.entries.get('areas')!.map((area) => area.id);
    const listed = services.filter((service) => isAvailable(service.data));
    const listedKinds = new Set(listed.flatMap((service) => service.data.kinds as string[]));
    const listedAreas = new Set(listed.flatMap((service) => areasServed(service.data, areaIds)));
    const unlistedKinds = kindsOfHelp.ids.filter((kind) => !listedKinds.has(kind));
    const built = (path: string) => existsSync(join(site.dist, path, 'index.html'));
    const pages = () => site.pages();

    it('builds a list page and a print sheet for a kind of help or an area exactly when a listed service has it', () => {
      const wrong: string[] = [];
      for (const kind of kindsOfHelp.ids) {
        if (built(routes.findHelp({ kind })) !== listedKinds.has(kind)) wrong.push(`${routes.findHelp({ kind })} (${listedKinds.has(kind) ? 'listed, not built' : 'nothing listed, but built'})`);
        if (!listedKinds.has(kind) && built(routes.printSheet({ kind }))) wrong.push(`${routes.printSheet({ kind })} (nothing listed, but built)`);
      }
      for (const area of areaIds) {
        if (built(routes.findHelp({ area })) !== listedAreas.has(area)) wrong.push(`${routes.findHelp({ area })} (${listedAreas.has(area) ? 'listed, not built' : 'nothing listed, but built'})`);
        if (built(routes.printSheet({ area })) !== listedAreas.has(area)) wrong.push(`${routes.printSheet({ area })} (${listedAreas.has(area) ? 'listed, not built' : 'nothing listed, but built'})`);
        for (const kind of kindsOfHelp.ids) {
          const has = listed.some((service) => service.data.kinds.includes(kind) && areasServed(service.data, areaIds).includes(area));
          if (built(routes.findHelp({ kind, area })) !== has) wrong.push(`${routes.findHelp({ kind, area })} (${has ? 'listed, not built' : 'nothing listed, but built'})`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('links to no list page or print sheet of a kind of help that has nothing listed', () => {
      const missing = unlistedKinds.flatMap((kind) => [routes.findHelp({ kind }), routes.printSheet({ kind })]);
      const found: string[] = [];
      for (const page of pages()) {
        for (const a of page.document.querySelectorAll('a[href]')) {
          const path = new URL(a.getAttribute('href')!, new URL(page.url, LOCAL)).pathname;
          if (missing.some((prefix) => path.startsWith(prefix))) found.push(`${page.url} links to ${path}`);
        }
      }
      expect(found).toEqual([]);
    });

    it('builds a page for every closed service, which says it is not available and names its kinds of help without linking a missing list', () => {
      const closed = services.filter((service) => !isAvailable(service.data));
      if (site === TEST_SITE) expect(closed.length).toBeGreaterThan(0);
      for (const service of closed) {
        const file = join(site.dist, routes.service(service.id), 'index.html');
        expect(existsSync(file), service.id).toBe(true);
        const page = pages().find((p) => p.url === routes.service(service.id))!;
        expect(page.document.querySelector('.status')?.text, service.id).toContain('It is not listed as available.');
        const kindsTerm = page.document.querySelectorAll('dt').find((dt) => dt.text === 'What you can get')!;
        const kindsText = kindsTerm.nextElementSibling!;
        for (const kind of service.data.kinds as string[]) {
          expect(kindsText.text, service.id).toContain(kindsOfHelp.label(kind));
          const linked = kindsText.querySelectorAll('a').some((a) => a.text === kindsOfHelp.label(kind));
          expect(linked, `${service.id}: ${kind}`).toBe(listedKinds.has(kind));
        }
      }
    });

    it('offers every area in the triage tool, with a file of the help in it that names only listed services and built lists', () => {
      // The tool's area list is filled from the areas file its page names.
      const triage = pages().find((p) => p.url === routes.triage())!;
      const areasFile = triage.document.querySelector('#triage-area')!.getAttribute('data-areas-file')!;
      const offered = (JSON.parse(readFileSync(join(site.dist, areasFile.slice(1)), 'utf8')) as [string, string][]).map(([id]) => id);
      expect(offered.sort()).toEqual([...areaIds].sort());
      const listedIds = new Set(listed.map((service) => service.id));
      for (const area of areaIds) {
        const data = JSON.parse(readFileSync(join(site.dist, routes.triageArea(area)), 'utf8')) as { services: { id: string }[]; lists: Record<string, { listPath: string }> };
        expect(
          data.services.filter((service) => !listedIds.has(service.id)).map((service) => service.id),
          area,
        ).toEqual([]);
        const expected = kindsOfHelp.ids.filter((kind) => listed.some((service) => service.data.kinds.includes(kind) && areasServed(service.data, areaIds).includes(area)));
        expect(Object.keys(data.lists).sort(), area).toEqual([...expected].sort());
        for (const list of Object.values(data.lists)) expect(built(list.listPath), `${area}: ${list.listPath}`).toBe(true);
      }
    });

    if (site === TEST_SITE) {
      it('has a kind of help whose only services are closed, and shows it nowhere as a link', () => {
        expect(unlistedKinds).toEqual(['assistive-technology']);
        expect(services.filter((service) => service.data.kinds.includes('assistive-technology')).length).toBeGreaterThan(0);
        const index = pages().find((p) => p.url === routes.findHelp())!;
        expect(index.document.querySelector('main')!.text).not.toContain(kindsOfHelp.label('assistive-technology'));
      });

      it('lists in an area with no place to visit only the help that serves every area', () => {
        // No place and no areas served means every area, unless the area is not known (areaNotKnown).
        const everywhere = listed.filter((service) => !service.data.locations?.length && !service.data.areasServed?.length && !service.data.areaNotKnown);
        expect(everywhere.length).toBeGreaterThan(0);
        const page = pages().find((p) => p.url === routes.findHelp({ area: 'marsh-end' }))!;
        const links = page.document.querySelectorAll('#service-list h2 a').map((a) => new URL(a.getAttribute('href')!, LOCAL).pathname);
        expect(links.sort()).toEqual(everywhere.map((service) => routes.service(service.id)).sort());
      });
    }
  });
