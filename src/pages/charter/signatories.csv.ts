import type { APIRoute } from 'astro';
import { signatoryRecords } from '../../data/charter.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
  const records = await signatoryRecords();
  const rows = [
    ['organisation', 'organisation_name', 'signed', 'review', 'pledges', 'commitments', 'services', 'case_studies', 'sample'],
    ...records.map((r) => [
      r.organisation,
      r.organisationName,
      r.signed,
      r.review,
      r.pledges.map((p) => p.id).join(' | '),
      r.commitments.join(' | '),
      r.services.join(' | '),
      r.caseStudies.join(' | '),
      r.sample ? 'yes' : 'no',
    ]),
  ];
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
