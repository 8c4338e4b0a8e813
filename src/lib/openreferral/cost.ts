/**
 * What a service from another directory costs, in our types: free, free for some people, paid,
 * or not known. Our own export says so in a cost term; other feeds only give cost options and
 * fees text. When they do not say, the cost is "not known": never a guess.
 */
import type { Cost } from '../../schemas/service.ts';
import type { CostTypeId } from '../vocabulary/index.ts';
import type { FeedCost } from './feed-service.ts';
import { fitText } from './text.ts';

const FREE = /\b(free|no charge|no cost|without charge|at no cost)\b|£\s?0(\.00)?\b/i;
const CONDITIONS =
  /\b(for (people|those|anyone|residents|adults|children|families|learners|students|members|tenants)|if you|when you|some people|eligible|eligibility|only|referr|aged|over \d|under \d|residents?|on benefits|low income)\b/i;
const PRICE = /£\s?[1-9]|\b[1-9][0-9]*(\.[0-9]{2})? ?(pounds?|p)\b|\b(charge|fee|costs? £|pay)\b/i;

export interface CostReading {
  readonly cost: Cost;
  /**
   * Why the cost is not known, for the import report: the feed said nothing ("nothing"), or it
   * gave words that do not say whether it is free ("unclear"). Undefined when the cost is known.
   */
  readonly unknown: 'nothing' | 'unclear' | undefined;
}

/**
 * Reads the cost. With our cost term, the type is that term and the description is the cost
 * option's `amount_description`. Otherwise:
 *
 * - an amount above 0 means paid;
 * - text that says free ("Free", "No charge", "£0") means free, or free for some people if it
 *   also names who ("Free for residents");
 * - text with a price ("£2 a session") means paid;
 * - an amount of 0 with no text means free;
 * - other text ("Ask at the desk"): not known, with that text as its description;
 * - nothing at all: not known.
 */
export function readCost(costs: readonly FeedCost[], fees: string, ourType: CostTypeId | undefined, max: number): CostReading {
  if (ourType) {
    const description = costs.map((cost) => cost.amountDescription).find(Boolean);
    return { cost: description ? { type: ourType, description: fitText(description, max).text } : { type: ourType }, unknown: undefined };
  }
  const texts = [
    ...costs.map((cost) => [cost.option, cost.amount !== undefined && cost.amount > 0 ? `£${cost.amount.toFixed(2).replace(/\.00$/, '')}` : '', cost.amountDescription].filter(Boolean).join(' ')),
    fees,
  ].filter(Boolean);
  const text = texts.join('. ').replace(/\.\./g, '.');
  const describe = (type: CostTypeId): CostReading => ({ cost: { type, description: fitText(text, max).text }, unknown: undefined });
  if (costs.some((cost) => cost.amount !== undefined && cost.amount > 0)) return describe('paid');
  if (text && FREE.test(text)) {
    if (CONDITIONS.test(text)) return describe('free-with-conditions');
    return /^(free|free of charge|no charge|no cost)\.?$/i.test(text.trim()) ? { cost: { type: 'free' }, unknown: undefined } : describe('free');
  }
  if (text && PRICE.test(text)) return describe('paid');
  if (!text && costs.some((cost) => cost.amount === 0)) return { cost: { type: 'free' }, unknown: undefined };
  if (text) return { cost: { type: 'not-known', description: fitText(text, max).text }, unknown: 'unclear' };
  return { cost: { type: 'not-known' }, unknown: 'nothing' };
}
