/** The charter, its pledges and the organisations that have signed it. */
import { loadCollection, collectionById } from './collections.ts';

export async function getCharter() {
  const [charter] = await loadCollection('charter');
  if (!charter) throw new Error('content/charter/charter.md is missing.');
  const pledges = await loadCollection('pledges');
  const organisations = await collectionById('organisations');
  const signatories = (await loadCollection('signatories'))
    .map((s) => ({ ...s, organisation: organisations.get(s.data.organisation)! }))
    .sort((a, b) => a.data.signed.localeCompare(b.data.signed) || a.organisation.data.name.localeCompare(b.organisation.data.name));
  return { charter, pledges, signatories, pledgeTitle: (id: string) => pledges.find((p) => p.id === id)?.data.title ?? id };
}

/** Signatories as plain records, for the JSON and CSV downloads. */
export async function signatoryRecords() {
  const { signatories, pledgeTitle } = await getCharter();
  return signatories.map((s) => ({
    organisation: s.data.organisation,
    organisationName: s.organisation.data.name,
    signed: s.data.signed,
    review: s.data.review,
    pledges: s.data.pledges.map((id) => ({ id, title: pledgeTitle(id) })),
    commitments: s.data.commitments,
    caseStudies: s.data.caseStudies ?? [],
    services: s.data.services ?? [],
    /** A made-up signatory on a sample site: never a real organisation's signature. */
    sample: s.data.sample ?? false,
  }));
}
