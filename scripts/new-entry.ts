/**
 * npm run new -- <service|course|case-study> "Title" [--organisation <id>] [--area <id>] [--root <folder>]
 * Writes a valid, commented starting file with a fresh id (from the title) in the right folder.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseContentYaml } from '../src/lib/yaml.ts';
import { slugify } from '../src/lib/formats.ts';
import { today } from '../src/lib/freshness.ts';
import { template, TEMPLATE_FOLDERS, type TemplateKind } from '../src/lib/contributions/templates.ts';
import { contentExtensionOf, contentFilePath, contentFolderOf } from '../src/content-model/content-types.ts';
import { readCommandLine } from './lib/command-line.ts';

const kinds = Object.keys(TEMPLATE_FOLDERS).join('|');
const ORGANISATIONS = contentFolderOf('organisations');
const ORGANISATION_ENDING = `.${contentExtensionOf('organisations')}`;
const AREAS = contentFilePath('areas', 'areas');
const { values, positionals } = readCommandLine(`npm run new -- <${kinds}> "Title" [--organisation <id>] [--area <id>] [--root <folder>]`, {
  root: { type: 'string', default: '.' },
  organisation: { type: 'string' },
  area: { type: 'string' },
});
const root = resolve(values.root);
const organisationOption = values.organisation;
const areaOption = values.area;
const [kind, ...titleWords] = positionals;
const title = titleWords.join(' ').trim();

if (!kind || !(kind in TEMPLATE_FOLDERS) || !title) {
  console.error(`Use: npm run new -- <${kinds}> "Title of the new entry"`);
  console.error(`Options: --organisation <id> (your organisation's file name), --area <id> (from ${AREAS})`);
  process.exit(1);
}

const { folder, extension } = TEMPLATE_FOLDERS[kind as TemplateKind];
const organisations = readdirSync(join(root, ORGANISATIONS))
  .filter((f) => f.endsWith(ORGANISATION_ENDING))
  .map((f) => f.slice(0, -ORGANISATION_ENDING.length));
const areas = (parseContentYaml(readFileSync(join(root, AREAS), 'utf8')) as { id: string }[]).map((a) => a.id);
const organisation = organisationOption ?? organisations[0];
const area = areaOption ?? areas[0];
if (!organisation || !organisations.includes(organisation)) {
  console.error(`"${organisation}" is not an organisation. Use one of: ${organisations.join(', ')}`);
  process.exit(1);
}
if (!area || !areas.includes(area)) {
  console.error(`"${area}" is not an area. Use one of: ${areas.join(', ')}`);
  process.exit(1);
}

const base = slugify(title) || kind;
let id = base;
for (let n = 2; existsSync(join(root, folder, `${id}.${extension}`)); n++) id = `${base}-${n}`;
const file = join(folder, `${id}.${extension}`);
writeFileSync(join(root, file), template(kind as TemplateKind, { title, today: today(), organisation, area }));
console.log(`Wrote ${file}`);
console.log('Open it, change the values to your own (the comments say what goes where), then run: npm run check:content');
