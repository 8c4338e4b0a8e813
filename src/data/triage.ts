/** The triage content, and for each area the help in the directory that a referral card can offer. */
import type { ServiceSummary, TriageContent } from '../lib/triage/engine.ts';
import { kindsOfHelp } from '../lib/vocabulary/index.ts';
import { routes } from '../lib/routes.ts';
import { loadCollection } from './collections.ts';
import { getDirectory, type DirectoryService } from './directory.ts';
import { servicePagePath } from '../lib/directory/listing.ts';

export async function getTriageContent(): Promise<TriageContent> {
  const [questions, needs, barriers] = await Promise.all([loadCollection('triageQuestions'), loadCollection('triageNeeds'), loadCollection('triageBarriers')]);
  return {
    questions: questions.map((q) => ({ id: q.id, ...q.data })).sort((a, b) => a.order - b.order),
    needs: needs.map((n) => n.data),
    barriers: barriers.map((b) => b.data),
  };
}

/** How many services to name on a referral card for each kind of help (the rest are a link away). */
export const SERVICES_PER_KIND = 3;

export interface AreaReferralData {
  readonly area: string;
  readonly kinds: Record<string, { total: number; services: ServiceSummary[]; listPath: string }>;
}

let grouped: Promise<Map<string, DirectoryService[]>> | undefined;

/** The available services for each area and kind of help, in name order: worked out once per build, not once per area. */
function servicesByAreaAndKind(): Promise<Map<string, DirectoryService[]>> {
  grouped ??= getDirectory().then((directory) => {
    const groups = new Map<string, DirectoryService[]>();
    for (const service of directory.available) {
      for (const area of service.listed.areas) {
        for (const kind of service.listed.kinds) {
          const key = `${area} ${kind}`;
          if (!groups.has(key)) groups.set(key, []);
          groups.get(key)!.push(service);
        }
      }
    }
    return groups;
  });
  return grouped;
}

/** The help in one area, by kind: what the referral card fetches when the champion chooses an area. */
export async function areaReferralData(area: string): Promise<AreaReferralData> {
  const groups = await servicesByAreaAndKind();
  const kinds: AreaReferralData['kinds'] = {};
  for (const kind of kindsOfHelp.ids) {
    const matching = groups.get(`${area} ${kind}`) ?? [];
    if (matching.length === 0) continue;
    kinds[kind] = {
      total: matching.length,
      services: matching.slice(0, SERVICES_PER_KIND).map((s) => ({ name: s.data.name, ...(s.data.phone ? { phone: s.data.phone } : {}), path: servicePagePath(s.id) })),
      listPath: routes.findHelp({ kind, area }),
    };
  }
  return { area, kinds };
}
