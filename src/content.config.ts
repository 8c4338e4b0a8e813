/**
 * Astro's collections, derived from the content model (src/content-model/content-types.ts): each
 * kind of content is read from the same files, with the same ids and the same schema as the
 * content check reads it. Nothing about folders or schemas is written here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentTypes, IGNORED_FILES, matchContentType, NOT_CONTENT, type Collection, type ContentType, type ContentTypeOf } from './content-model/content-types.ts';
import { datasetLoader } from './loaders/dataset-loader.ts';
import { markdownFolder, refusingHostileFiles, singleYamlFile, yamlFolder, yamlListFile } from './loaders/yaml-file.ts';

const CONTENT = 'content';

/** The folder a pattern starts in (its parts before the first `*`), and the rest of it. */
function splitPattern(pattern: string): { folder: string; rest: string } {
  const parts = pattern.split('/');
  const star = parts.findIndex((part) => part.includes('*'));
  const at = star === -1 ? parts.length - 1 : star;
  return { folder: parts.slice(0, at).join('/'), rest: parts.slice(at).join('/') };
}

/** The id of a file in `folder` if it is an entry of this kind (by the model's id rule), else undefined. */
function entryIdIn(type: ContentType, folder: string) {
  return (name: string) => {
    if (IGNORED_FILES.test(name)) return undefined;
    const match = matchContentType(`${folder}/${name}`);
    return match?.type === type ? match.id : undefined;
  };
}

/**
 * MDX through Astro's glob loader (it compiles MDX). The check's id rule names each
 * entry; a file that belongs to another kind (a module's index.mdx among its lessons) or a note
 * for editors (NOT_CONTENT, like README.md) is left out, as the check leaves it out.
 */
function mdxLoader(type: ContentType) {
  const { folder, rest } = splitPattern(type.pattern);
  const others = contentTypes
    .filter((other) => other !== type && other.pattern.startsWith(`${folder}/`) && contentTypes.indexOf(other) < contentTypes.indexOf(type))
    .map((other) => `!${other.pattern.slice(folder.length + 1)}`);
  return refusingHostileFiles(
    `${CONTENT}/${folder}`,
    glob({
      base: `./${CONTENT}/${folder}`,
      pattern: [rest, ...others, ...NOT_CONTENT.map((name) => `!**/${name}`)],
      generateId: ({ entry }) => matchContentType(`${folder}/${entry}`)?.id ?? entry,
    }),
  );
}

function loaderFor(type: ContentType) {
  const path = `${CONTENT}/${type.pattern}`;
  if (type.collection === 'datasets') return datasetLoader(`${CONTENT}/${splitPattern(type.pattern).folder}`);
  switch (type.format) {
    case 'yaml-list':
      return yamlListFile(path, type.idField!);
    case 'yaml': {
      if (!type.pattern.includes('*')) return singleYamlFile(path, matchContentType(type.pattern)!.id);
      const { folder, rest } = splitPattern(type.pattern);
      if (rest !== '*.yaml') throw new Error(`No loader for the content pattern ${type.pattern}.`);
      return yamlFolder(`${CONTENT}/${folder}`, entryIdIn(type, folder));
    }
    case 'markdown': {
      // Contributed Markdown: front matter read by the check's own reader.
      const { folder } = splitPattern(type.pattern);
      return markdownFolder(`${CONTENT}/${folder}`, entryIdIn(type, folder));
    }
    case 'mdx':
      return mdxLoader(type);
  }
}

/** A data set's entry holds its meta.yaml (checked by the model's schema) and its data.csv. */
const datasetEntrySchema = z.strictObject({
  meta: contentTypes.find((type) => type.collection === 'datasets')!.schema as ContentTypeOf<'datasets'>['schema'],
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  csv: z.string(),
});

/** The schema of a collection's entries: the model's, except for data sets (above). */
type EntrySchema<C extends Collection> = C extends 'datasets' ? typeof datasetEntrySchema : ContentTypeOf<C>['schema'];

function collectionFor(type: ContentType) {
  return defineCollection({ loader: loaderFor(type), schema: type.collection === 'datasets' ? datasetEntrySchema : type.schema });
}

/** Every kind in the model, each typed by its own schema (so pages get typed data). */
export const collections = Object.fromEntries(contentTypes.map((type) => [type.collection, collectionFor(type)])) as {
  [C in Collection]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: EntrySchema<C> };
};
