/**
 * Decides whether a service from another directory is digital help, and which kinds, from the
 * rules an officer edits (content/import-rules.yaml), and says why in words an officer can check.
 *
 * 1. Exclusions first: a phrase like "fall alarm" in the name, summary or categories rules out the
 *    whole service (or, if the rule names kinds, only those kinds).
 * 2. Categories (taxonomy terms) whose name or code a rule lists.
 * 3. Phrases in the name and the summary (the first two sentences of the description). A phrase does not count when it is negated ("no computer needed", "you don't
 *    need Wi-Fi") or inside an incidental phrase ("email us", "book online").
 *
 * Rules marked `general` (like "digital skills") show a service is digital help but give their
 * kinds only when nothing names a kind; rules marked `detail` (like "drop-in" or "course") add their
 * kinds only when another rule shows the service is digital help, so a "benefits drop-in" is not.
 */
import type { ImportRules } from '../../schemas/import-rules.ts';
import { kindsOfHelp, type KindOfHelpId } from '../vocabulary/index.ts';

/** What the classifier reads of a service. */
export interface ServiceToClassify {
  readonly name: string;
  readonly description: string;
  /** The service's categories (taxonomy terms): the term's code and name. */
  readonly categories: readonly { readonly code: string; readonly name: string }[];
}

export interface Classification {
  /** The kinds of help, in our list's order; empty if the service is not digital help. */
  readonly kinds: KindOfHelpId[];
  /** Why: the rules that matched, like `phrase "free wi-fi" in name → free-wifi`; or why not, like `excluded: "fall alarm" in name`. */
  readonly why: string[];
  /** True when an exclusion ruled out the whole service. */
  readonly excluded: boolean;
}

type Place = 'name' | 'summary' | 'categories';

/** Lower case, no accents, hyphens between words as spaces, "wi-fi" as "wifi": so a rule matches however a feed writes it. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu, ' ')
    .replace(/\bwi fi\b/g, 'wifi')
    .replace(/\be mail\b/g, 'email')
    .replace(/\bon line\b/g, 'online')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = "[\\p{L}\\p{N}'&.]+";

/**
 * A phrase as a pattern: whole words, any case, commas between them allowed; its last word may
 * end in "s" or "es" (so "laptop" finds "laptops"); a `*` stands for up to three words.
 */
export function phrasePattern(phrase: string): RegExp {
  const words = normaliseWords(phrase).split(' ');
  let source = '';
  words.forEach((word, i) => {
    if (word === '*') {
      source += `(?:${WORD},? ){0,3}`;
      return;
    }
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    source += escaped + (i === words.length - 1 ? '(?:s|es)?' : '') + (i < words.length - 1 ? ',? ' : '');
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Words that, just before a phrase, mean it is not offered: "no", "not", "without", "don't"... */
const NEGATION = /^(no|not|without|dont|don't|doesnt|doesn't|never|nor|isnt|isn't|arent|aren't|cannot|can't|cant|neither)$/;
/** Where one part of a sentence ends, for negation. */
const CLAUSE_END = /[.!?;:|()\n\u2013\u2014]| - /g;

function lastClause(text: string): string {
  const parts = text.split(CLAUSE_END);
  return parts[parts.length - 1] ?? '';
}

/** The word before a phrase that negates it ("no", "don't"), if the phrase is negated; else undefined. */
export function negationBefore(text: string, start: number, end: number): string | undefined {
  const clause = lastClause(text.slice(0, start));
  const near = clause.split(',').pop()!.trim().split(' ').filter(Boolean).slice(-4);
  const word = near.find((item) => NEGATION.test(item));
  if (word) return word;
  // "no landline, Wi-Fi or computer needed": "no" earlier in the clause, "needed" just after.
  const after = text.slice(end).split(CLAUSE_END)[0]!.trim().split(' ').slice(0, 4);
  if (after.some((item) => /^(needed|required|necessary)$/.test(item.replace(/[,]/g, ''))) && /(?<![\p{L}])no(?![\p{L}])/u.test(clause)) return 'no … needed';
  return undefined;
}

/** The first two sentences of a description: what a service says it mainly is. */
export function summaryOf(description: string): string {
  const sentences = description
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u);
  return sentences.slice(0, 2).join(' ').slice(0, 400);
}

interface Found {
  readonly phrase: string;
  readonly place: Place;
}

interface CompiledRules {
  readonly categories: readonly { names: Set<string>; rule: ImportRules['categories'][number] }[];
  readonly phrases: readonly { patterns: { phrase: string; pattern: RegExp }[]; rule: ImportRules['phrases'][number] }[];
  readonly exclusions: readonly { patterns: { phrase: string; pattern: RegExp }[]; rule: ImportRules['exclusions'][number] }[];
  readonly incidental: readonly RegExp[];
}

const compiled = new WeakMap<ImportRules, CompiledRules>();

function compile(rules: ImportRules): CompiledRules {
  let found = compiled.get(rules);
  if (!found) {
    const patterns = (phrases: readonly string[]) => phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }));
    found = {
      categories: rules.categories.map((rule) => ({ names: new Set(rule.names.map(normaliseWords)), rule })),
      phrases: rules.phrases.map((rule) => ({ patterns: patterns(rule.phrases), rule })),
      exclusions: rules.exclusions.map((rule) => ({ patterns: patterns(rule.phrases), rule })),
      incidental: rules.incidental.map(phrasePattern),
    };
    compiled.set(rules, found);
  }
  return found;
}

/** A mention of a phrase that did not count, because it was negated. */
interface NegatedMention {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
  readonly why: string;
}

/** Where a phrase is found, not negated; and the negated mentions, for the why. */

function findPhrase(texts: Record<Place, string>, patterns: readonly { phrase: string; pattern: RegExp }[], negated: NegatedMention[]): Found | undefined {
  // Category names are matched whole by the category rules, not searched for phrases.
  for (const place of ['name', 'summary'] as const) {
    for (const { phrase, pattern } of patterns) {
      for (const match of texts[place].matchAll(pattern)) {
        const end = match.index + match[0].length;
        const negation = negationBefore(texts[place], match.index, end);
        if (!negation) return { phrase, place };
        // "wifi" inside a "free wifi" already not counted is the same mention.
        if (negated.some((mention) => mention.place === place && mention.start <= match.index && end <= mention.end)) continue;
        negated.push({ place, start: match.index, end, why: `not counted: "${match[0]}" in ${place} (after "${negation}")` });
      }
    }
  }
  return undefined;
}

/** Like findPhrase, for exclusions: any mention counts. */
function findAny(texts: Record<Place, string>, patterns: readonly { phrase: string; pattern: RegExp }[]): Found | undefined {
  for (const place of ['name', 'summary', 'categories'] as const) {
    for (const { phrase, pattern } of patterns) {
      pattern.lastIndex = 0;
      if (pattern.test(texts[place])) return { phrase, place };
    }
  }
  return undefined;
}

const arrow = (kinds: readonly KindOfHelpId[]) => `→ ${kinds.join(', ')}`;

/** Decides the kinds of help of one service from the rules. */
export function classifyService(service: ServiceToClassify, rules: ImportRules): Classification {
  const rulesNow = compile(rules);
  const withoutIncidental = (text: string) => rulesNow.incidental.reduce((rest, pattern) => rest.replace(pattern, ' | '), normaliseWords(text));
  const texts: Record<Place, string> = {
    name: withoutIncidental(service.name),
    summary: withoutIncidental(summaryOf(service.description)),
    categories: withoutIncidental(service.categories.map((category) => category.name).join(' | ')),
  };

  // 1. Exclusions of the whole service.
  const ruledOut = new Map<KindOfHelpId, string>();
  for (const { patterns, rule } of rulesNow.exclusions) {
    const found = findAny(texts, patterns);
    if (!found) continue;
    if (!rule.kinds) return { kinds: [], why: [`excluded: "${found.phrase}" in ${found.place}`], excluded: true };
    for (const kind of rule.kinds) if (!ruledOut.has(kind)) ruledOut.set(kind, `ruled out ${kind}: "${found.phrase}" in ${found.place}`);
  }

  const specific = new Map<KindOfHelpId, string>();
  const generalKinds = new Map<KindOfHelpId, string>();
  // A general category counts only beside a phrase (feeds use them loosely).
  const generalCategoryKinds = new Map<KindOfHelpId, string>();
  let phraseFound = false;
  const detailKinds = new Map<KindOfHelpId, string>();
  let digital = false;
  const add = (into: Map<KindOfHelpId, string>, kinds: readonly KindOfHelpId[], why: string) => {
    for (const kind of kinds) if (!into.has(kind)) into.set(kind, `${why} ${arrow([kind])}`);
  };

  // 2. Categories.
  for (const { names, rule } of rulesNow.categories) {
    const match = service.categories.find((category) => [category.name, category.code].some((value) => value.trim() !== '' && names.has(normaliseWords(value))));
    if (!match) continue;
    const why = `category "${match.name || match.code}"`;
    if (rule.detail) add(detailKinds, rule.kinds, why);
    else if (rule.general) add(generalCategoryKinds, rule.kinds, why);
    else {
      digital = true;
      add(specific, rule.kinds, why);
    }
  }

  // 3. Phrases.
  const negated: NegatedMention[] = [];
  for (const { patterns, rule } of rulesNow.phrases) {
    const found = findPhrase(texts, patterns, negated);
    if (!found) continue;
    const why = `phrase "${found.phrase}" in ${found.place}`;
    if (rule.detail) add(detailKinds, rule.kinds, why);
    else {
      digital = true;
      phraseFound = true;
      add(rule.general ? generalKinds : specific, rule.kinds, why);
    }
  }

  if (phraseFound) for (const [kind, why] of generalCategoryKinds) if (!generalKinds.has(kind)) generalKinds.set(kind, why);
  const notCounted = [...new Set(negated.map((mention) => mention.why))];
  if (!digital) return { kinds: [], why: ['no rule matched', ...notCounted], excluded: false };
  for (const [kind, why] of detailKinds) if (!specific.has(kind)) specific.set(kind, why);
  const chosen = specific.size ? specific : generalKinds;
  const kept = kindsOfHelp.ids.filter((id) => chosen.has(id) && !ruledOut.has(id));
  const why = [...kindsOfHelp.ids.filter((id) => chosen.has(id)).map((id) => ruledOut.get(id) ?? chosen.get(id)!)];
  if (kept.length === 0) return { kinds: [], why, excluded: true };
  return { kinds: kept, why, excluded: false };
}
