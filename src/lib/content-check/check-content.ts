/**
 * The content check: reads every file under `content/`, checks it against its schema and
 * against the rest of the content, and reports every problem at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { barriers, needs } from '../vocabulary/index.ts';
import { allPaths } from '../triage/engine.ts';
import { isSlug } from '../formats.ts';
import { listFiles } from '../files.ts';
import { freshness, today as currentDay } from '../freshness.ts';
import { contentTypes, explainUnreadFile, IGNORED_FILES, matchContentType, type Collection, type ContentType } from '../../content-model/content-types.ts';
import { checkDatasetRows } from './dataset-rows.ts';
import { messagesForIssue } from './issue-messages.ts';
import { findUnsafeMarkdown } from './markdown-safety.ts';
import { describePath, type Problem } from './problem.ts';
import { readMarkdown, readYaml, type SourceFile } from './source-file.ts';

export interface ContentEntry {
  readonly collection: Collection;
  readonly id: string;
  /** The file, relative to the project root. */
  readonly file: string;
  readonly data: any;
  readonly source: SourceFile;
  /** For list files, where this entry sits in the list. */
  readonly listIndex?: number;
}

export interface CheckResult {
  readonly problems: Problem[];
  readonly filesChecked: number;
  readonly entries: Map<Collection, ContentEntry[]>;
  readonly ok: boolean;
}

export interface CheckOptions {
  /** The project folder that holds content/ and public/. */
  readonly root: string;
  /** Today's date, YYYY-MM-DD, for freshness warnings. */
  readonly today?: string;
}



export function checkContent(options: CheckOptions): CheckResult {
  const root = options.root;
  const contentFolder = join(root, 'content');
  const today = options.today ?? currentDay();
  const problems: Problem[] = [];
  const entries = new Map<Collection, ContentEntry[]>(contentTypes.map((t) => [t.collection, []]));
  const error = (file: string, message: string, line?: number, path?: readonly PropertyKey[]) =>
    problems.push({ severity: 'error', file, line, field: path ? describePath(path) : undefined, message });
  const warn = (file: string, message: string, line?: number, path?: readonly PropertyKey[]) =>
    problems.push({ severity: 'warning', file, line, field: path ? describePath(path) : undefined, message });

  if (!existsSync(contentFolder)) {
    error('content', 'There is no content/ folder. The site is built from it.');
    return { problems, filesChecked: 0, entries, ok: false };
  }

  const files = listFiles(contentFolder)
    .map((full) => relative(contentFolder, full).split('\\').join('/'))
    .filter((file) => !IGNORED_FILES.test(file))
    .sort();
  let filesChecked = 0;
  const stems = new Map<string, string>();
  // Ids of every file or list item found, valid or not, so that one bad file does not make
  // every reference to it look wrong too.
  const foundIds = new Map<Collection, Set<string>>(contentTypes.map((t) => [t.collection, new Set<string>()]));
  // Entries that failed their schema, kept as written so their references are still checked.
  const invalidEntries: ContentEntry[] = [];

  for (const relativePath of files) {
    const file = `content/${relativePath}`;
    if (relativePath.endsWith('/data.csv') && relativePath.startsWith('datasets/')) continue; // checked with its meta.yaml
    const match = matchContentType(relativePath);
    filesChecked++;
    if (!match) {
      error(file, explainUnreadFile(relativePath));
      continue;
    }
    const { type, id } = match;
    const lastPart = id.split('/').at(-1)!;
    if (!isSlug(lastPart) && type.format !== 'yaml-list' && type.collection !== 'site' && type.collection !== 'charter') {
      error(file, `The file name "${lastPart}" must use only lower-case letters, numbers and hyphens, like "eastbrook-library-wifi". Rename the file.`);
      continue;
    }
    const stemKey = `${type.collection}:${id.toLowerCase()}`;
    if (stems.has(stemKey)) {
      error(file, `This has the same id as ${stems.get(stemKey)}. Each ${type.noun} needs its own file name.`);
      continue;
    }
    stems.set(stemKey, file);
    foundIds.get(type.collection)!.add(id);
    const text = readFileSync(join(contentFolder, relativePath), 'utf8');
    checkFile(type, id, file, text);
    if (type.collection === 'datasets') checkDatasetCsv(id, file);
  }

  function checkFile(type: ContentType, id: string, file: string, text: string) {
    let source: SourceFile | undefined;
    if (type.format === 'markdown' || type.format === 'mdx') {
      const markdown = readMarkdown(text);
      if (!markdown.frontMatter) {
        error(file, 'The file must start with front matter: a line "---", the fields, then another "---".', 1);
        return;
      }
      source = markdown.frontMatter;
      if (!markdown.body.trim()) error(file, 'The page has no text after the front matter. Write the body below the second "---".', markdown.bodyLine);
      if (type.contributed) {
        for (const unsafe of findUnsafeMarkdown(markdown.body, markdown.bodyLine)) error(file, unsafe.message, unsafe.line);
      }
    } else {
      source = readYaml(text);
    }
    for (const syntax of source.syntaxErrors) error(file, syntax.message, syntax.line);
    if (source.syntaxErrors.length) return;

    if (type.format === 'yaml-list') {
      if (!Array.isArray(source.data)) {
        error(file, `This file should be a list, each item starting with "- ${type.idField}:".`, 1);
        return;
      }
      const seen = new Map<string, number>();
      source.data.forEach((item: any, index: number) => {
        if (item && typeof item === 'object' && typeof item[type.idField!] === 'string') foundIds.get(type.collection)!.add(item[type.idField!]);
        const data = validate(type, file, source!, item, [index]);
        if (!data) {
          if (item && typeof item === 'object') invalidEntries.push({ collection: type.collection, id: String(item[type.idField!]), file, data: item, source: source!, listIndex: index });
          return;
        }
        const itemId = String(data[type.idField!]);
        if (seen.has(itemId)) {
          error(file, `"${itemId}" is listed twice (items ${seen.get(itemId)! + 1} and ${index + 1}). Each ${type.idField} must be different.`, source!.lineOf([index, type.idField!]), [index, type.idField!]);
          return;
        }
        seen.set(itemId, index);
        entries.get(type.collection)!.push({ collection: type.collection, id: itemId, file, data, source: source!, listIndex: index });
      });
      return;
    }
    const data = validate(type, file, source, source.data, []);
    if (data) entries.get(type.collection)!.push({ collection: type.collection, id, file, data, source });
    else if (source.data && typeof source.data === 'object') invalidEntries.push({ collection: type.collection, id, file, data: source.data, source });
  }

  function validate(type: ContentType, file: string, source: SourceFile, value: unknown, prefix: PropertyKey[]): any {
    if (value === null || value === undefined || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
      error(file, `This ${prefix.length ? 'item' : 'file'} is empty. It should hold the fields of ${type.noun}.`, source.lineOf(prefix), prefix.length ? prefix : undefined);
      return undefined;
    }
    const result = type.schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const message of messagesForIssue(issue, type.schema)) {
        const path = [...prefix, ...message.path];
        const line = message.unknownKey !== undefined ? source.lineOfKey([...prefix, ...message.path.slice(0, -1)], message.unknownKey) : source.lineOf(path);
        error(file, message.message, line, path);
      }
    }
    return undefined;
  }

  function checkDatasetCsv(id: string, metaFile: string) {
    const csvFile = `content/datasets/${id}/data.csv`;
    const meta = entries.get('datasets')!.find((entry) => entry.id === id);
    if (!existsSync(join(root, csvFile))) {
      error(metaFile, `This data set has no data.csv beside its meta.yaml. Add the figures as ${csvFile}.`);
      return;
    }
    if (!meta) return;
    const { problems: rowProblems } = checkDatasetRows(readFileSync(join(root, csvFile), 'utf8'), meta.data.columns);
    for (const problem of rowProblems) error(csvFile, problem.message, problem.line);
  }

  // Every data.csv needs a meta.yaml.
  for (const relativePath of files) {
    const match = /^datasets\/([^/]+)\/data\.csv$/.exec(relativePath);
    if (match && !files.includes(`datasets/${match[1]}/meta.yaml`)) {
      filesChecked++;
      error(`content/${relativePath}`, 'This data set has no meta.yaml to describe it. Add one beside data.csv.');
    }
  }

  // Single files the site needs.
  for (const required of ['site.yaml', 'areas.yaml']) {
    if (!files.includes(required)) error(`content/${required}`, `content/${required} is missing. The site needs it.`);
  }

  checkReferences();
  checkWholeCollections();
  warnAboutFreshness();

  return { problems, filesChecked, entries, ok: !problems.some((p) => p.severity === 'error') };

  function lineOfEntry(entry: ContentEntry, path: readonly PropertyKey[]) {
    const full = entry.listIndex === undefined ? path : [entry.listIndex, ...path];
    return { line: entry.source.lineOf(full), path: full };
  }

  function checkReferences() {
    const known = foundIds;
    const where: Partial<Record<Collection, string>> = {
      organisations: 'a file in content/organisations/',
      areas: 'an id in content/areas.yaml',
      pledges: 'an id in content/charter/pledges.yaml',
      caseStudies: 'a file in content/case-studies/',
      services: 'a file in content/services/',
      triageQuestions: 'a file in content/triage/questions/ (or "end")',
    };
    for (const type of contentTypes) {
      if (!type.references) continue;
      const all = [...entries.get(type.collection)!, ...invalidEntries.filter((e) => e.collection === type.collection)];
      for (const entry of all) {
        let references: ReturnType<NonNullable<ContentType['references']>> = [];
        try {
          references = type.references(entry.data).filter((r) => typeof r.id === 'string');
        } catch {
          continue; // the schema problems already explain what is wrong with this file
        }
        for (const reference of references) {
          if (known.get(reference.collection)!.has(reference.id)) continue;
          const { line, path } = lineOfEntry(entry, reference.path);
          const sample = [...known.get(reference.collection)!].slice(0, 8);
          error(
            entry.file,
            `"${reference.id}" does not match ${where[reference.collection] ?? reference.collection}. Check the spelling${sample.length ? `; known ids include: ${sample.join(', ')}` : ''}.`,
            line,
            path,
          );
        }
      }
    }
  }

  function duplicateValues(collection: Collection, pick: (entry: ContentEntry) => string | number | undefined, message: (value: string | number, first: ContentEntry) => string, field: PropertyKey[], group?: (entry: ContentEntry) => string) {
    const seen = new Map<string, ContentEntry>();
    for (const entry of entries.get(collection)!) {
      const value = pick(entry);
      if (value === undefined) continue;
      const key = `${group ? group(entry) : ''}|${value}`;
      const first = seen.get(key);
      if (first) {
        const { line, path } = lineOfEntry(entry, field);
        error(entry.file, message(value, first), line, path);
      } else seen.set(key, entry);
    }
  }

  function checkWholeCollections() {
    duplicateValues('services', (e) => e.data.externalId, (v, first) => `Another listing (${first.file}) has the same externalId "${v}". Each listing must have its own.`, ['externalId']);
    duplicateValues('signatories', (e) => e.data.organisation, (v, first) => `${v} has already signed in ${first.file}. Keep one file per organisation.`, ['organisation']);
    duplicateValues('guides', (e) => e.data.c, (v, first) => `${first.file} is already the guide for "${v}". Each C has one guide.`, ['c']);
    duplicateValues('modules', (e) => e.data.order, (v, first) => `${first.file} also has order ${v}. Give each module its own number.`, ['order']);
    duplicateValues('lessons', (e) => e.data.order, (v, first) => `${first.file} also has order ${v}. Give each lesson in a module its own number.`, ['order'], (e) => e.id.split('/')[0]!);
    duplicateValues('triageQuestions', (e) => e.data.order, (v, first) => `${first.file} also has order ${v}. Give each question its own number.`, ['order']);

    const moduleIds = foundIds.get('modules')!;
    for (const lesson of entries.get('lessons')!) {
      const moduleId = lesson.id.split('/')[0]!;
      if (!moduleIds.has(moduleId)) error(lesson.file, `This lesson's folder has no valid index.mdx describing the module "${moduleId}". Add one.`);
    }
    for (const module of entries.get('modules')!) {
      const count = entries.get('lessons')!.filter((lesson) => lesson.id.startsWith(`${module.id}/`)).length;
      if (count < 1) error(module.file, 'This module has no lessons. Add at least one lesson file beside index.mdx.');
    }

    if (entries.get('triageQuestions')!.length > 0 || entries.get('triageNeeds')!.length > 0) {
      const described = foundIds.get('triageNeeds')!;
      const missingNeeds = needs.ids.filter((need) => !described.has(need));
      if (missingNeeds.length) error('content/triage/needs.yaml', `Every need must be described so the referral card can use it. Add: ${missingNeeds.join(', ')}.`);
      const describedBarriers = foundIds.get('triageBarriers')!;
      const missingBarriers = barriers.ids.filter((barrier) => !describedBarriers.has(barrier));
      if (missingBarriers.length) error('content/triage/barriers.yaml', `Every barrier must be described so the referral card can use it. Add: ${missingBarriers.join(', ')}.`);
    }

    const questions = entries.get('triageQuestions')!;
    if (questions.length > 0 && questions.length === foundIds.get('triageQuestions')!.size) {
      try {
        allPaths(questions.map((q) => ({ id: q.id, ...q.data })));
      } catch (problem) {
        error('content/triage/questions', `${(problem as Error).message} Check the "next" fields of the answers.`);
      }
    }

    for (const report of entries.get('reports')!) {
      if (report.data.file && !existsSync(join(root, 'public', report.data.file))) {
        error(report.file, `There is no file public${report.data.file}. Add the file, or give a link instead.`, report.source.lineOf(['file']), ['file']);
      }
    }

    if (entries.get('site')!.length === 0 && !problems.some((p) => p.file === 'content/site.yaml')) {
      error('content/site.yaml', 'content/site.yaml is missing. The site needs it.');
    }
  }

  function warnAboutFreshness() {
    for (const collection of ['services', 'courses'] as const) {
      for (const entry of entries.get(collection)!) {
        const state = freshness(entry.data.lastChecked, today);
        if (state !== 'fresh') {
          warn(
            entry.file,
            `Last checked on ${entry.data.lastChecked}, over ${state === 'out-of-date' ? '12' : '9'} months ago. Check the details with the provider and update lastChecked.${state === 'out-of-date' ? ' The page now warns people that it may be out of date.' : ''}`,
            entry.source.lineOf(['lastChecked']),
            ['lastChecked'],
          );
        }
      }
    }
    for (const entry of entries.get('signatories')!) {
      if (entry.data.review < today) {
        warn(entry.file, `The review date ${entry.data.review} has passed. Ask the organisation to review its pledges and set a new date.`, entry.source.lineOf(['review']), ['review']);
      }
    }
  }
}

