import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { getTriageContent, triageHousingProviders, triageNationalHelp } from '../../../data/triage.ts';
import { edsAreas, edsLevels, kindsOfHelp } from '../../../lib/vocabulary/index.ts';

/** What the step-by-step triage tool needs: fetched when a champion starts it, so the page itself stays light. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const triage = await getTriageContent();
  const data = {
    // The tool asks in English (the champion's language); the questions' translations are for the prompt card in each language.
    questions: triage.questions.map(({ translations: _translations, ...question }) => question),
    needs: triage.needs,
    barriers: triage.barriers,
    labels: {
      kinds: Object.fromEntries(kindsOfHelp.terms.map((t) => [t.id, t.label])),
      edsAreas: Object.fromEntries(edsAreas.terms.map((t) => [t.id, t.label])),
      edsLevels: Object.fromEntries(edsLevels.terms.map((t) => [t.id, t.label])),
      organisations: Object.fromEntries((await triageHousingProviders()).map((o) => [o.id, o.name])),
    },
    siteArea: site.area,
    helpline: site.helpline.phone,
    nationalHelp: await triageNationalHelp(),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
