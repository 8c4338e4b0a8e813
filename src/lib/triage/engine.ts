/**
 * The triage engine: a pure function of the triage content (content/triage/). It walks the
 * questions in order (or as an answer's `next` says), collects the needs and barriers the
 * answers show, and builds the referral card. Nothing is stored: the answers live only in the
 * caller's memory.
 */
import type { z } from 'astro/zod';
import { barriers as barrierTerms, needs as needTerms, type BarrierId, type NeedId } from '../vocabulary/triage-terms.ts';
import { DEFAULT_URGENCY, urgencies, type UrgencyId } from './facts.ts';
import type { triageAnswerSchema, triageBarrierSchema, triageNeedSchema, triageQuestionSchema } from '../../schemas/triage.ts';

/** Data the engine only reads: the schema's type, with every field and list read-only. */
type ReadOnly<T> = T extends readonly (infer Item)[] ? readonly ReadOnly<Item>[] : T extends object ? { readonly [K in keyof T]: ReadOnly<T[K]> } : T;

/** One answer, as content/triage/questions/*.yaml holds it (the schema in src/schemas/triage.ts says what each field is). */
export type TriageAnswer = ReadOnly<z.output<typeof triageAnswerSchema>>;

/** One question, with its id (its file name). */
export type TriageQuestion = ReadOnly<z.output<typeof triageQuestionSchema>> & { readonly id: string };

/** What the referral card says for one need (content/triage/needs.yaml). */
export type TriageNeedRule = ReadOnly<z.output<typeof triageNeedSchema>>;

/** What the referral card says for one barrier (content/triage/barriers.yaml). */
export type TriageBarrierRule = ReadOnly<z.output<typeof triageBarrierSchema>>;

export interface TriageContent {
  readonly questions: readonly TriageQuestion[];
  readonly needs: readonly TriageNeedRule[];
  readonly barriers: readonly TriageBarrierRule[];
}

export interface TriageState {
  /** The questions answered so far, with the answer chosen. */
  readonly asked: readonly { questionId: string; answer: number }[];
  /** The question to ask now, or undefined when the triage is finished. */
  readonly current: string | undefined;
  readonly needs: readonly NeedId[];
  readonly barriers: readonly BarrierId[];
  /** How soon each need is, where an answer says (the most urgent answer wins). */
  readonly urgency: Readonly<Partial<Record<NeedId, UrgencyId>>>;
}

export const END = 'end';

export function orderedQuestions(questions: readonly TriageQuestion[]): TriageQuestion[] {
  return [...questions].sort((a, b) => a.order - b.order);
}

/** Where an answer leads: its `next`, or the next question in order; undefined at the end. */
export function nextQuestionId(questions: readonly TriageQuestion[], questionId: string, answer: number): string | undefined {
  const ordered = orderedQuestions(questions);
  const index = ordered.findIndex((q) => q.id === questionId);
  const chosen = ordered[index]?.answers[answer];
  if (!chosen) throw new Error(`Question "${questionId}" has no answer ${answer}.`);
  if (chosen.next === END) return undefined;
  if (chosen.next) return chosen.next;
  return ordered[index + 1]?.id;
}

/** Runs the triage for a list of chosen answers (answer indexes, in the order asked). */
export function runTriage(content: Pick<TriageContent, 'questions'>, answers: readonly number[]): TriageState {
  const ordered = orderedQuestions(content.questions);
  const byId = new Map(ordered.map((q) => [q.id, q]));
  const asked: { questionId: string; answer: number }[] = [];
  const needs = new Set<NeedId>();
  const barriers = new Set<BarrierId>();
  const urgency: Partial<Record<NeedId, UrgencyId>> = {};
  let current: string | undefined = ordered[0]?.id;
  for (const answer of answers) {
    if (!current) break;
    const question = byId.get(current)!;
    const chosen = question.answers[answer];
    if (!chosen) throw new Error(`Question "${current}" has no answer ${answer}.`);
    asked.push({ questionId: current, answer });
    chosen.needs?.forEach((need) => needs.add(need));
    chosen.barriers?.forEach((barrier) => barriers.add(barrier));
    const soon = chosen.urgency;
    if (soon) {
      for (const need of chosen.needs ?? []) {
        const before = urgency[need];
        if (before === undefined || urgencies.ids.indexOf(soon) < urgencies.ids.indexOf(before)) urgency[need] = soon;
      }
    }
    current = nextQuestionId(ordered, current, answer);
    if (asked.length > ordered.length) throw new Error('The triage questions go round in a loop.');
  }
  return {
    asked,
    current,
    needs: needTerms.ids.filter((id) => needs.has(id)),
    barriers: barrierTerms.ids.filter((id) => barriers.has(id)),
    urgency,
  };
}

/** Each need found, with how soon it is: what an answer said, or this-month. */
export function needUrgencies(state: Pick<TriageState, 'needs' | 'urgency'>): { need: NeedId; urgency: UrgencyId }[] {
  return state.needs.map((need) => ({ need, urgency: state.urgency[need] ?? DEFAULT_URGENCY }));
}

/** Goes back one question (the answers before it stay). */
export function goBack(answers: readonly number[]): number[] {
  return answers.slice(0, -1);
}

/**
 * Every way through the questions, as lists of answer indexes. Used to prove that every path
 * ends with a referral card and none goes round in a loop.
 */
export function allPaths(questions: readonly TriageQuestion[], limit = 100_000): number[][] {
  const ordered = orderedQuestions(questions);
  const paths: number[][] = [];
  const walk = (questionId: string | undefined, path: number[], seen: Set<string>) => {
    if (paths.length > limit) throw new Error('Too many ways through the triage questions to check.');
    if (!questionId) {
      paths.push(path);
      return;
    }
    if (seen.has(questionId)) throw new Error(`The triage questions go round in a loop at "${questionId}".`);
    const question = ordered.find((q) => q.id === questionId);
    if (!question) throw new Error(`An answer leads to "${questionId}", which is not a question.`);
    question.answers.forEach((_, answer) => walk(nextQuestionId(ordered, questionId, answer), [...path, answer], new Set([...seen, questionId])));
  };
  walk(ordered[0]?.id, [], new Set());
  return paths;
}
