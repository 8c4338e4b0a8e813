/**
 * A case study's figure in words: "Over 11,000 people", "About 35 partners", "98%". The
 * qualifier (over, about, up to) comes first, where people read it, never after the unit.
 */
export interface Outcome {
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: 'over' | 'about' | 'up-to';
}

const QUALIFIERS = { over: 'Over', about: 'About', 'up-to': 'Up to' } as const;
const NUMBER = new Intl.NumberFormat('en-GB');

/** The figure with its qualifier ("Over 11,000"), and the unit as written ("people"); a % sticks to the number. */
export function outcomeWords(outcome: Outcome): { readonly figure: string; readonly unit: string } {
  const number = NUMBER.format(outcome.value);
  const percent = outcome.unit.trim() === '%';
  const figure = `${outcome.qualifier ? `${QUALIFIERS[outcome.qualifier]} ` : ''}${number}${percent ? '%' : ''}`;
  return { figure, unit: percent ? '' : outcome.unit };
}
