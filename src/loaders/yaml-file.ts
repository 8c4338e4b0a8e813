/**
 * Loads one YAML file as a collection with Astro's file() loader, read by the same YAML
 * reader as the content check, so the build and the check always see the same data.
 */
import { file } from 'astro/loaders';
import { parse } from 'yaml';

/** A file that holds one object (like site.yaml): the collection has one entry with the given id. */
export function singleYamlFile(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parse(text) }) });
}

/** A file that holds a list, each item named by one of its fields (like `need` in triage/needs.yaml). */
export function yamlListFile(path: string, idField: string) {
  return file(path, {
    parser: (text) => Object.fromEntries((parse(text) as Record<string, unknown>[]).map((item) => [String(item[idField]), item])),
  });
}
