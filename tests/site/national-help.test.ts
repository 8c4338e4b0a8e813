/**
 * Real national help: every item in content/national-help.yaml is on the find-help page with its
 * link, phone and whether we checked it; each lesson that names an item shows it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { phoneDialString } from '../../src/lib/formats.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

describe.each(EVERY_BUILT_SITE)('national help on $name', (site) => {
  const content = checkContent({ root: site.root, today: '2026-11-23' });
  const items = content.entries.get('nationalHelp') ?? [];
  const page = (url: string) => site.pages().find((p) => p.url === url)!.document;

  it('the find-help page lists every item, with its link and phone, and says whether we checked it', () => {
    const section = page('/find-help/').querySelector('#national-help')?.parentNode;
    if (items.length === 0) return expect(section).toBeUndefined();
    for (const item of items) {
      const entry = section!.querySelectorAll('li').find((li) => li.querySelector('h3 a')?.getAttribute('href') === item.data.link);
      expect(entry, item.id).toBeDefined();
      expect(entry!.text, item.id).toContain(item.data.name);
      if (item.data.phone) expect(entry!.querySelector(`a[href="tel:${phoneDialString(item.data.phone)}"]`), item.id).not.toBeNull();
      expect(entry!.text, item.id).toContain(item.data.checkedOn ? 'We checked this on' : 'Not yet checked by us.');
    }
  });

  it('each lesson shows the national help it names', () => {
    for (const lesson of content.entries.get('lessons')!) {
      const named = lesson.data.nationalHelp ?? [];
      const links = page(`/champions/modules/${lesson.id}/`)
        .querySelectorAll('#national-help ~ ul h3 a')
        .map((a) => a.getAttribute('href'));
      expect(links, lesson.id).toEqual(named.map((id) => items.find((item) => item.id === id)!.data.link));
    }
  });
});
