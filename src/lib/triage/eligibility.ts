/**
 * Who can use a place: a service's age limits and `whoCanUse` rules (src/schemas/service.ts)
 * against the facts a champion ticked. A fact that was not asked never rules a place out; it
 * says what to check instead.
 */
import { ageBands, type PersonFacts } from './facts.ts';

/** The structured part of "who can use it" on a service listing. */
export interface WhoCanUse {
  readonly tenantsOf?: readonly string[];
  readonly residentsOnly?: true;
  readonly onBenefits?: true;
}

export interface EligibilityRules {
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  readonly whoCanUse?: WhoCanUse;
}

export type EligibilityFact = 'age' | 'tenancy' | 'residence' | 'benefits';

export interface Eligibility {
  /** yes: they can use it; no: they cannot; check: it depends on a fact that was not asked. */
  readonly verdict: 'yes' | 'no' | 'check';
  /** The facts to check, when the verdict is check. */
  readonly unknown: readonly EligibilityFact[];
}

type Answer = 'yes' | 'no' | 'unknown';

function ageAnswer(rules: EligibilityRules, facts: PersonFacts): Answer | undefined {
  if (rules.minimumAge === undefined && rules.maximumAge === undefined) return undefined;
  if (!facts.ageBand) return 'unknown';
  const band = ageBands.get(facts.ageBand);
  const min = rules.minimumAge ?? 0;
  const max = rules.maximumAge ?? 120;
  if (band.max < min || band.min > max) return 'no';
  return band.min >= min && band.max <= max ? 'yes' : 'unknown';
}

function flagAnswer(required: boolean | undefined, fact: boolean | undefined): Answer | undefined {
  if (!required) return undefined;
  if (fact === undefined) return 'unknown';
  return fact ? 'yes' : 'no';
}

/** Whether someone with these facts can use a place with these rules. */
export function checkEligibility(rules: EligibilityRules, facts: PersonFacts): Eligibility {
  const tenantsOf = rules.whoCanUse?.tenantsOf;
  const answers: [EligibilityFact, Answer | undefined][] = [
    ['age', ageAnswer(rules, facts)],
    ['tenancy', tenantsOf && tenantsOf.length > 0 ? (facts.rentsFrom === undefined ? 'unknown' : facts.rentsFrom !== null && tenantsOf.includes(facts.rentsFrom) ? 'yes' : 'no') : undefined],
    ['residence', flagAnswer(rules.whoCanUse?.residentsOnly, facts.livesInArea)],
    ['benefits', flagAnswer(rules.whoCanUse?.onBenefits, facts.onBenefits)],
  ];
  if (answers.some(([, answer]) => answer === 'no')) return { verdict: 'no', unknown: [] };
  const unknown = answers.filter(([, answer]) => answer === 'unknown').map(([fact]) => fact);
  return { verdict: unknown.length > 0 ? 'check' : 'yes', unknown };
}

/** Whether a listing says anything structured about who can use it. */
export function hasEligibilityRules(rules: EligibilityRules): boolean {
  return rules.minimumAge !== undefined || rules.maximumAge !== undefined || rules.whoCanUse !== undefined;
}

/** What to check, in words: "aged 18 or over; gets benefits". */
export function describeUnknown(rules: EligibilityRules, unknown: readonly EligibilityFact[], names: { organisation?: (id: string) => string; siteArea?: string } = {}): string {
  const organisation = names.organisation ?? ((id: string) => id);
  const words: Record<EligibilityFact, () => string> = {
    age: () => {
      const { minimumAge: min, maximumAge: max } = rules;
      if (min !== undefined && max !== undefined) return `aged ${min} to ${max}`;
      return min !== undefined ? `aged ${min} or over` : `aged ${max} or under`;
    },
    tenancy: () => `rents from ${(rules.whoCanUse?.tenantsOf ?? []).map(organisation).join(' or ')}`,
    residence: () => `lives in ${names.siteArea ?? 'the area'}`,
    benefits: () => 'gets benefits',
  };
  return unknown.map((fact) => words[fact]()).join('; ');
}
