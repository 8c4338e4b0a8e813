/**
 * What the site holds about each of the 9 C's, worked out from the tags in the content:
 * case studies, modules and data sets name their C's; courses build capability; services
 * count through the kinds of help they offer.
 */
import { kindsOfHelp, type KindOfHelpId, type NineCId } from './vocabulary/index.ts';

interface Tagged {
  readonly id: string;
  readonly cs?: readonly string[];
}

export interface ServiceForRelated {
  readonly id: string;
  readonly kinds: readonly KindOfHelpId[];
  readonly available: boolean;
}

export interface RelatedToC<C extends Tagged, M extends Tagged, D extends Tagged, K> {
  readonly caseStudies: C[];
  readonly modules: M[];
  readonly datasets: D[];
  readonly courses: K[];
  /** Kinds of help that serve this C, with how many available services offer each. */
  readonly kindsOfHelp: { kind: KindOfHelpId; services: number }[];
}

export function kindsForC(c: NineCId): KindOfHelpId[] {
  return kindsOfHelp.terms.filter((term) => (term.cs as readonly string[]).includes(c)).map((term) => term.id);
}

export function relatedToC<C extends Tagged, M extends Tagged, D extends Tagged, K>(
  c: NineCId,
  content: { caseStudies: readonly C[]; modules: readonly M[]; datasets: readonly D[]; courses: readonly K[]; services: readonly ServiceForRelated[] },
): RelatedToC<C, M, D, K> {
  const tagged = <T extends Tagged>(list: readonly T[]) => list.filter((item) => item.cs?.includes(c));
  return {
    caseStudies: tagged(content.caseStudies),
    modules: tagged(content.modules),
    datasets: tagged(content.datasets),
    courses: c === 'capability' ? [...content.courses] : [],
    kindsOfHelp: kindsForC(c).map((kind) => ({
      kind,
      services: content.services.filter((service) => service.available && service.kinds.includes(kind)).length,
    })),
  };
}
