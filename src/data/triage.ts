/**
 * The triage content, the housing providers the tool can ask about, and for each area the help
 * in the directory that a referral card can offer (with who can use it).
 */
import type { TriageContent } from '../lib/triage/engine.ts';
import type { ReferralNationalHelp, ReferralService } from '../lib/views/referral-card.ts';
import { kindsOfHelp } from '../lib/vocabulary/index.ts';
import { routes } from '../lib/routes.ts';
import { describeOpeningHours } from '../lib/directory/opening-hours.ts';
import { loadCollection } from './collections.ts';
import { getDirectory, type DirectoryService } from './directory.ts';
import { getNationalHelp } from './national-help.ts';

export async function getTriageContent(): Promise<TriageContent> {
  const [questions, needs, barriers] = await Promise.all([loadCollection('triageQuestions'), loadCollection('triageNeeds'), loadCollection('triageBarriers')]);
  return {
    questions: questions.map((q) => ({ id: q.id, ...q.data })).sort((a, b) => a.order - b.order),
    needs: needs.map((n) => n.data),
    barriers: barriers.map((b) => b.data),
  };
}

/**
 * The housing providers the tool asks about: housing associations that a service is for
 * (whoCanUse.tenantsOf) or that run a listed service, by name.
 */
export async function triageHousingProviders(): Promise<{ id: string; name: string }[]> {
  const [organisations, directory] = await Promise.all([loadCollection('organisations'), getDirectory()]);
  const named = new Set(directory.services.flatMap((s) => [...(s.data.whoCanUse?.tenantsOf ?? []), s.data.organisation]));
  return organisations
    .filter((o) => o.data.kind === 'housing-association' && named.has(o.id))
    .map((o) => ({ id: o.id, name: o.data.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** National help for the needs the triage finds, as the referral card shows it. */
export async function triageNationalHelp(): Promise<ReferralNationalHelp[]> {
  return (await getNationalHelp())
    .filter((item) => (item.data.needs ?? []).length > 0)
    .map((item) => ({ id: item.id, name: item.data.name, link: item.data.link, ...(item.data.phone ? { phone: item.data.phone } : {}), needs: item.data.needs ?? [] }));
}

/**
 * How many services an area's file offers for each kind of help, places in the area first. The
 * card names at most 3 per need, but it needs spares for people who cannot use some of them.
 */
export const CANDIDATES_PER_KIND = 12;

export interface AreaReferralData {
  readonly area: string;
  readonly services: ReferralService[];
  /** For each kind of help listed in the area: how many services, and the list page. */
  readonly lists: Record<string, { total: number; listPath: string }>;
}

function referralService(service: DirectoryService): ReferralService {
  const d = service.data;
  return {
    id: service.id,
    name: d.name,
    path: routes.service(service.id),
    ...(d.phone ? { phone: d.phone } : {}),
    kinds: d.kinds,
    ...(d.minimumAge !== undefined ? { minimumAge: d.minimumAge } : {}),
    ...(d.maximumAge !== undefined ? { maximumAge: d.maximumAge } : {}),
    ...(d.whoCanUse ? { whoCanUse: d.whoCanUse } : {}),
    ...(d.eligibility ? { eligibility: d.eligibility } : {}),
    places: (d.locations ?? []).map((l) => ({
      name: l.name,
      area: l.area,
      ...(l.openingHours?.length ? { when: describeOpeningHours(l.openingHours).join('; '), hours: l.openingHours } : {}),
    })),
    areas: service.areas,
  };
}

/** The help in one area: what the referral card fetches when the champion chooses an area. */
export async function areaReferralData(area: string): Promise<AreaReferralData> {
  const directory = await getDirectory();
  const serving = directory.available.filter((s) => s.areas.includes(area));
  const hasPlaceHere = (s: DirectoryService) => (s.data.locations ?? []).some((l) => l.area === area);
  const chosen = new Set<DirectoryService>();
  const lists: AreaReferralData['lists'] = {};
  for (const kind of kindsOfHelp.ids) {
    const matching = serving.filter((s) => s.data.kinds.includes(kind));
    if (matching.length === 0) continue;
    lists[kind] = { total: matching.length, listPath: routes.findHelp({ kind, area }) };
    [...matching]
      .sort((a, b) => Number(hasPlaceHere(b)) - Number(hasPlaceHere(a)))
      .slice(0, CANDIDATES_PER_KIND)
      .forEach((s) => chosen.add(s));
  }
  return { area, services: serving.filter((s) => chosen.has(s)).map(referralService), lists };
}
