/**
 * The content model: where each kind of content lives under `content/`, how it is written, which
 * schema it must pass, how its id is made, and what other content it points to. This is the one
 * list: Astro's collections (src/content.config.ts), the content check, the scaffolder and the
 * tests are all derived from it. To add a kind of content, add it here and give it a schema.
 */
import type { z } from 'astro/zod';
import {
  areaBoundariesSchema,
  areaSchema,
  caseStudySchema,
  charterSchema,
  courseSchema,
  datasetMetaSchema,
  guideSchema,
  lessonSchema,
  moduleSchema,
  organisationSchema,
  pledgeSchema,
  postcodeTableSchema,
  nationalHelpSchema,
  importRulesSchema,
  reportSchema,
  searchWordsSchema,
  serviceSchema,
  signatorySchema,
  siteSchema,
  triageBarrierSchema,
  triageNeedSchema,
  triageQuestionSchema,
} from '../schemas/index.ts';

export type Collection =
  | 'site'
  | 'searchWords'
  | 'nationalHelp'
  | 'importRules'
  | 'areas'
  | 'postcodes'
  | 'areaBoundaries'
  | 'organisations'
  | 'guides'
  | 'caseStudies'
  | 'services'
  | 'courses'
  | 'modules'
  | 'lessons'
  | 'triageQuestions'
  | 'triageNeeds'
  | 'triageBarriers'
  | 'datasets'
  | 'reports'
  | 'charter'
  | 'pledges'
  | 'signatories';

/** A pointer from one piece of content to another, like a service to its organisation. */
export interface Reference {
  readonly path: readonly PropertyKey[];
  readonly collection: Collection;
  readonly id: string;
}

export interface ContentType {
  readonly collection: Collection;
  /** What one of these is called, for messages: "a service listing". */
  readonly noun: string;
  /** Where the files are, under content/: `*` stands for one part of the path and becomes the id. */
  readonly pattern: string;
  /**
   * yaml: one entry per file. yaml-list: a list of entries in one file, each with an id field.
   * markdown: front matter plus Markdown (contributed: no HTML). mdx: maintainer-owned MDX.
   */
  readonly format: 'yaml' | 'yaml-list' | 'markdown' | 'mdx';
  readonly schema: z.ZodType;
  /** For yaml-list files: the field that holds each entry's id. */
  readonly idField?: string;
  /** Content that comes in from partners by pull request: it may not hold HTML. */
  readonly contributed?: boolean;
  /**
   * The ids this entry points to. It gets the data as written (an entry that failed its schema
   * is checked too), so it reads every field with the helpers below, never trusting its shape.
   */
  readonly references?: (data: WrittenData) => Reference[];
}

/** An entry's data as written in its file: any shape. */
export type WrittenData = { readonly [field: string]: unknown };

/** A list field as written, or no items. */
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
/** A field of an object as written, or undefined. */
const field = (value: unknown, name: string): unknown => (value !== null && typeof value === 'object' ? (value as WrittenData)[name] : undefined);
/** A pointer to another entry, when the id is written as text. */
const ref = (path: Reference['path'], collection: Collection, id: unknown): Reference[] => (typeof id === 'string' ? [{ path, collection, id }] : []);

/** The model with each kind's own types (for typed collections); use contentTypes to go through it. */
const CONTENT_MODEL = [
  { collection: 'site', noun: 'the site settings file', pattern: 'site.yaml', format: 'yaml', schema: siteSchema },
  { collection: 'searchWords', noun: "the search's word list", pattern: 'search-words.yaml', format: 'yaml', schema: searchWordsSchema },
  { collection: 'nationalHelp', noun: 'the list of national help', pattern: 'national-help.yaml', format: 'yaml-list', schema: nationalHelpSchema, idField: 'id' },
  { collection: 'importRules', noun: "the Open Referral import's rules", pattern: 'import-rules.yaml', format: 'yaml', schema: importRulesSchema },
  { collection: 'areas', noun: 'the list of areas', pattern: 'areas.yaml', format: 'yaml-list', schema: areaSchema, idField: 'id' },
  { collection: 'postcodes', noun: 'a postcode district of the postcode table', pattern: 'postcodes/*.yaml', format: 'yaml', schema: postcodeTableSchema },
  // GeoJSON is JSON, which the YAML reader reads as it is. Optional: without it there are no maps.
  { collection: 'areaBoundaries', noun: 'the map of the areas', pattern: 'areas.geojson', format: 'yaml', schema: areaBoundariesSchema },
  { collection: 'organisations', noun: 'an organisation', pattern: 'organisations/*.yaml', format: 'yaml', schema: organisationSchema, contributed: true },
  { collection: 'guides', noun: "a 9 C's guide", pattern: 'guides/*.mdx', format: 'mdx', schema: guideSchema },
  {
    collection: 'caseStudies',
    noun: 'a case study',
    pattern: 'case-studies/*.md',
    format: 'markdown',
    schema: caseStudySchema,
    contributed: true,
    references: (d) => [...ref(['organisation'], 'organisations', d.organisation), ...list(d.partners).flatMap((id, i) => ref(['partners', i], 'organisations', id))],
  },
  {
    collection: 'services',
    noun: 'a service listing',
    pattern: 'services/*.yaml',
    format: 'yaml',
    schema: serviceSchema,
    contributed: true,
    references: (d) => [
      ...ref(['organisation'], 'organisations', d.organisation),
      ...list(d.locations).flatMap((location, i) => ref(['locations', i, 'area'], 'areas', field(location, 'area'))),
      ...list(d.areasServed).flatMap((id, i) => ref(['areasServed', i], 'areas', id)),
      ...list(field(d.whoCanUse, 'tenantsOf')).flatMap((id, i) => ref(['whoCanUse', 'tenantsOf', i], 'organisations', id)),
    ],
  },
  {
    collection: 'courses',
    noun: 'a course listing',
    pattern: 'courses/*.yaml',
    format: 'yaml',
    schema: courseSchema,
    contributed: true,
    references: (d) => [...ref(['provider'], 'organisations', d.provider), ...ref(['location', 'area'], 'areas', field(d.location, 'area'))],
  },
  { collection: 'modules', noun: 'a training module', pattern: 'modules/*/index.mdx', format: 'mdx', schema: moduleSchema },
  {
    collection: 'lessons',
    noun: 'a lesson',
    pattern: 'modules/*/*.mdx',
    format: 'mdx',
    schema: lessonSchema,
    references: (d) => list(d.nationalHelp).flatMap((id, i) => ref(['nationalHelp', i], 'nationalHelp', id)),
  },
  {
    collection: 'triageQuestions',
    noun: 'a triage question',
    pattern: 'triage/questions/*.yaml',
    format: 'yaml',
    schema: triageQuestionSchema,
    references: (d) =>
      list(d.answers)
        .flatMap((answer, i) => ref(['answers', i, 'next'], 'triageQuestions', field(answer, 'next')))
        .filter((r) => r.id !== 'end'),
  },
  { collection: 'triageNeeds', noun: 'the triage needs', pattern: 'triage/needs.yaml', format: 'yaml-list', schema: triageNeedSchema, idField: 'need' },
  { collection: 'triageBarriers', noun: 'the triage barriers', pattern: 'triage/barriers.yaml', format: 'yaml-list', schema: triageBarrierSchema, idField: 'barrier' },
  { collection: 'datasets', noun: 'a data set description', pattern: 'datasets/*/meta.yaml', format: 'yaml', schema: datasetMetaSchema },
  { collection: 'reports', noun: 'a report', pattern: 'reports/*.yaml', format: 'yaml', schema: reportSchema, contributed: true },
  { collection: 'charter', noun: 'the charter', pattern: 'charter/charter.md', format: 'markdown', schema: charterSchema },
  { collection: 'pledges', noun: 'the charter pledges', pattern: 'charter/pledges.yaml', format: 'yaml-list', schema: pledgeSchema, idField: 'id' },
  {
    collection: 'signatories',
    noun: 'a charter signatory',
    pattern: 'charter/signatories/*.yaml',
    format: 'yaml',
    schema: signatorySchema,
    contributed: true,
    references: (d) => [
      ...ref(['organisation'], 'organisations', d.organisation),
      ...list(d.pledges).flatMap((id, i) => ref(['pledges', i], 'pledges', id)),
      ...list(d.caseStudies).flatMap((id, i) => ref(['caseStudies', i], 'caseStudies', id)),
      ...list(d.services).flatMap((id, i) => ref(['services', i], 'services', id)),
    ],
  },
] as const satisfies readonly ContentType[];

/** Every kind of content, in the order the check matches files (a module's index.mdx before lessons). */
export const contentTypes: readonly ContentType[] = CONTENT_MODEL;

/** One kind of content as the model lists it, with its own schema's type. */
export type ContentTypeOf<C extends Collection> = Extract<(typeof CONTENT_MODEL)[number], { collection: C }>;

/** Files a content folder may hold that are not content: notes for editors. Neither the check nor the build reads them. */
export const NOT_CONTENT = ['README.md', '.gitkeep', '.DS_Store'] as const;
export const IGNORED_FILES = new RegExp(`(^|/)(${NOT_CONTENT.map((name) => name.replace(/\./g, '\\.')).join('|')})$`);

/** Which content type a file is, and its id; undefined if the site does not read it. */
export function matchContentType(relativePath: string): { type: ContentType; id: string } | undefined {
  const parts = relativePath.split('/');
  for (const type of contentTypes) {
    const pattern = type.pattern.split('/');
    if (pattern.length !== parts.length) continue;
    const captured: string[] = [];
    const ok = pattern.every((segment, i) => {
      const part = parts[i]!;
      if (segment === part) return true;
      if (segment.startsWith('*')) {
        const ending = segment.slice(1);
        if (!part.endsWith(ending) || part.length === ending.length) return false;
        captured.push(part.slice(0, part.length - ending.length));
        return true;
      }
      return false;
    });
    // A file of its own (like site.yaml) is named by its file name without the ending.
    if (ok) return { type, id: captured.length ? captured.join('/') : parts.at(-1)!.replace(/\.[^.]+$/, '') };
  }
  return undefined;
}

/** Why a file in content/ is not read, in words a partner can act on. */
export function explainUnreadFile(relativePath: string): string {
  if (/\.yml$/.test(relativePath)) return 'The site only reads files ending .yaml. Rename this file to end in .yaml.';
  if (/^case-studies\/.*\.mdx$/.test(relativePath)) return 'Case studies must be Markdown files ending .md (MDX is not accepted from partners). Rename it to end in .md.';
  if (/^modules\/[^/]+\.mdx?$/.test(relativePath)) return 'Lessons go in a folder for their module, like modules/getting-started/first-lesson.mdx.';
  if (/^datasets\/[^/]+\/(?!data\.csv$)/.test(relativePath)) return 'A data set folder holds only meta.yaml and data.csv.';
  const folder = relativePath.split('/')[0];
  const known = [...new Set(contentTypes.map((t) => t.pattern.split('/')[0]))];
  if (folder && !known.includes(folder)) {
    return `The site does not read this file, so it will not be published. Content goes in one of: ${known.join(', ')}.`;
  }
  return `The site does not read this file, so it will not be published. Check its name and folder: see CONTRIBUTING.md for where each kind of content goes.`;
}

/** The folder, inside the project, that holds all the content. */
export const CONTENT_FOLDER = 'content';

/** One kind of content's data once its schema has checked it (what the schema gives back). */
export type ContentData<C extends Collection> = z.output<ContentTypeOf<C>['schema']>;

/** Every kind of content's name, in the model's order. */
export const collections: readonly Collection[] = CONTENT_MODEL.map((type) => type.collection);

/** One kind of content as the model lists it, with its own schema's type. */
export function contentTypeOf<C extends Collection>(collection: C): ContentTypeOf<C> {
  const type = CONTENT_MODEL.find((candidate): candidate is ContentTypeOf<C> => candidate.collection === collection);
  if (!type) throw new Error(`There is no kind of content called "${collection}".`);
  return type;
}

/**
 * Where a file of this kind goes, from the project folder: `contentFilePath('services', 'eastbrook-wifi')`
 * is `content/services/eastbrook-wifi.yaml`. An id with parts (a lesson: `module/lesson`) fills one `*` each;
 * a kind kept in one file (like areas) is always that file.
 */
export function contentFilePath(collection: Collection, id: string): string {
  const parts = id.split('/');
  const stars = contentTypeOf(collection)
    .pattern.split('/')
    .filter((segment) => segment.startsWith('*')).length;
  if (stars === 0) return `${CONTENT_FOLDER}/${contentTypeOf(collection).pattern}`;
  if (parts.length !== stars) throw new Error(`"${id}" is not an id for ${contentTypeOf(collection).noun}: it needs ${stars} part(s).`);
  let next = 0;
  const path = contentTypeOf(collection)
    .pattern.split('/')
    .map((segment) => (segment.startsWith('*') ? `${parts[next++]}${segment.slice(1)}` : segment))
    .join('/');
  return `${CONTENT_FOLDER}/${path}`;
}

/** The folder that holds one file per entry of this kind, like `content/services`: the pattern up to its first `*`. */
export function contentFolderOf(collection: Collection): string {
  const pattern = contentTypeOf(collection).pattern.split('/');
  const star = pattern.findIndex((segment) => segment.startsWith('*'));
  if (star < 1) throw new Error(`${contentTypeOf(collection).noun} is not kept as one file per entry in its own folder.`);
  return [CONTENT_FOLDER, ...pattern.slice(0, star)].join('/');
}

/** The file ending of this kind's files, like `yaml` or `md`. */
export function contentExtensionOf(collection: Collection): string {
  const last = contentTypeOf(collection).pattern.split('/').at(-1) ?? '';
  return last.slice(last.lastIndexOf('.') + 1);
}
