/**
 * The one way content YAML is read, by the content check, Astro's collections (src/loaders/),
 * the site settings in astro.config.mjs, the importer and the scaffolder, so that what the check
 * accepts is exactly what the build gets.
 *
 * js-yaml with YAML 1.2's core types only: `2026-01-15` and other date-like text stay as text
 * (the schemas' date fields read them), and tags such as `!!binary` or `!!timestamp` are refused
 * as errors, not turned into other kinds of value. (Astro's own YAML reading uses js-yaml's wider
 * default schema, which turns date-like text into dates: that is why the collections of YAML
 * files use these loaders and not Astro's glob().)
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** The data in a YAML file, or null for an empty file. Throws a YAMLException on bad YAML. */
export function parseContentYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA }) ?? null;
}
