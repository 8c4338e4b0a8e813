/**
 * The site's own words (site.yaml) in a language: its name, description, and the phone line's
 * hours and description. Each is the translation where site.yaml gives one (translations.<code>),
 * or the English, saying which, so a page marks English with lang="en". One place for every page,
 * print sheet, card and words file that shows them.
 */
import type { Site } from '../../schemas/site.ts';
import { translatedField, type FieldText } from './translated-fields.ts';

export interface SiteWords {
  readonly name: FieldText;
  readonly description: FieldText;
  readonly helplineHours: FieldText;
  readonly helplineDescription: FieldText;
}

export function siteWordsIn(site: Pick<Site, 'name' | 'description' | 'helpline' | 'translations'>, code: string): SiteWords {
  const field = (name: string, english: string) => translatedField(site.translations, code, name, english)!;
  return {
    name: field('name', site.name),
    description: field('description', site.description),
    helplineHours: field('helplineHours', site.helpline.hours),
    helplineDescription: field('helplineDescription', site.helpline.description),
  };
}
