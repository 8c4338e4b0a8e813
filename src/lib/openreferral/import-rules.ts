/**
 * The rules the import decides digital help by (content/import-rules.yaml), read and checked.
 * A site without the file uses the rules that come with the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFilePath } from '../../content-model/content-types.ts';
import { importRulesSchema, type ImportRules } from '../../schemas/import-rules.ts';
import { parseContentYaml } from '../yaml.ts';

/** Where the rules are, inside a project folder: content/import-rules.yaml. */
export const IMPORT_RULES_FILE = contentFilePath('importRules', 'import-rules');

/** The project this code is in: its own content/import-rules.yaml is the default. */
const PROJECT = join(import.meta.dirname, '..', '..', '..');

export type RulesReading = { readonly ok: true; readonly rules: ImportRules; readonly file: string } | { readonly ok: false; readonly problem: string };

/** Reads and checks the rules in a file; a problem names the file and the field. */
export function readImportRulesFile(path: string, shownAs = path): RulesReading {
  let data: unknown;
  try {
    data = parseContentYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, problem: `${shownAs} cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = importRulesSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, problem: `${shownAs} (field: ${issue.path.join('.') || 'the whole file'}): ${issue.message} Run npm run check:content to see every problem.` };
  }
  return { ok: true, rules: result.data, file: shownAs };
}

/** The site's rules (content/import-rules.yaml under `root`), or the project's own if the site has none. */
export function readImportRules(root: string): RulesReading {
  const own = join(root, IMPORT_RULES_FILE);
  if (existsSync(own)) return readImportRulesFile(own, IMPORT_RULES_FILE);
  return readImportRulesFile(join(PROJECT, IMPORT_RULES_FILE), `${IMPORT_RULES_FILE} of the project (the site has none)`);
}

let defaults: ImportRules | undefined;

/** The project's own rules, for an import that is given none. Throws if they do not pass their schema. */
export function defaultImportRules(): ImportRules {
  if (!defaults) {
    const reading = readImportRulesFile(join(PROJECT, IMPORT_RULES_FILE), IMPORT_RULES_FILE);
    if (!reading.ok) throw new Error(reading.problem);
    defaults = reading.rules;
  }
  return defaults;
}
