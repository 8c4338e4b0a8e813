/** Real national help (content/national-help.yaml), loaded once per build. */
import type { NationalHelp } from '../schemas/national-help.ts';
import { loadCollection, type Loaded } from './collections.ts';

let cached: Promise<Loaded<NationalHelp>[]> | undefined;

/** Every item, in order of id. */
export function getNationalHelp(): Promise<Loaded<NationalHelp>[]> {
  cached ??= loadCollection('nationalHelp');
  return cached;
}

/** The items with these ids, in the order given; unknown ids are left out (the content check reports them). */
export async function nationalHelpNamed(ids: readonly string[]): Promise<Loaded<NationalHelp>[]> {
  const all = new Map((await getNationalHelp()).map((item) => [item.id, item]));
  return ids.map((id) => all.get(id)).filter((item): item is Loaded<NationalHelp> => item !== undefined);
}
