/**
 * What a service from another directory costs, in our three types: free, free for some people,
 * or paid. Our own export says so in a cost term; other feeds only give cost options and fees text.
 */
import type { Cost } from '../../schemas/service.ts';
import type { CostTypeId } from '../vocabulary/index.ts';
import type { FeedCost } from './feed-service.ts';
import { fitText } from './text.ts';

/** What the import writes when a feed says nothing about cost. It is listed as "free for some people" with this warning. */
export const UNKNOWN_COST_DESCRIPTION = 'The directory this came from did not say what it costs. Ask the service before you go.';

const FREE = /\b(free|no charge|no cost|without charge|at no cost)\b|£\s?0(\.00)?\b/i;
const CONDITIONS =
  /\b(for (people|those|anyone|residents|adults|children|families|learners|students|members|tenants)|if you|when you|some people|eligible|eligibility|only|referr|aged|over \d|under \d|residents?|on benefits|low income)\b/i;
const PRICE = /£\s?[1-9]|\b[1-9][0-9]*(\.[0-9]{2})? ?(pounds?|p)\b|\b(charge|fee|costs? £|pay)\b/i;

export interface CostReading {
  readonly cost: Cost;
  /** True when the feed said nothing and the import had to write {@link UNKNOWN_COST_DESCRIPTION}. */
  readonly unknown: boolean;
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
 * - nothing at all: free for some people, with {@link UNKNOWN_COST_DESCRIPTION}.
 */
export function readCost(costs: readonly FeedCost[], fees: string, ourType: CostTypeId | undefined, max: number): CostReading {
  if (ourType) {
    const description = costs.map((cost) => cost.amountDescription).find(Boolean);
    return { cost: description ? { type: ourType, description: fitText(description, max).text } : { type: ourType }, unknown: false };
  }
  const texts = [
    ...costs.map((cost) => [cost.option, cost.amount !== undefined && cost.amount > 0 ? `£${cost.amount.toFixed(2).replace(/\.00$/, '')}` : '', cost.amountDescription].filter(Boolean).join(' ')),
    fees,
  ].filter(Boolean);
  const text = texts.join('. ').replace(/\.\./g, '.');
  const describe = (type: CostTypeId): CostReading => ({ cost: { type, description: fitText(text, max).text }, unknown: false });
  if (costs.some((cost) => cost.amount !== undefined && cost.amount > 0)) return describe('paid');
  if (text && FREE.test(text)) {
    if (CONDITIONS.test(text)) return describe('free-with-conditions');
    return /^(free|free of charge|no charge|no cost)\.?$/i.test(text.trim()) ? { cost: { type: 'free' }, unknown: false } : describe('free');
  }
  if (text && PRICE.test(text)) return describe('paid');
  if (!text && costs.some((cost) => cost.amount === 0)) return { cost: { type: 'free' }, unknown: false };
  if (text) return describe('free-with-conditions');
  return { cost: { type: 'free-with-conditions', description: UNKNOWN_COST_DESCRIPTION }, unknown: true };
}
