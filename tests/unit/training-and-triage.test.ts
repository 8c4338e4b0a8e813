import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { EMPTY_PROGRESS, markLessonDone, moduleProgress, parseProgress, recordQuizScore, recordVisit, serialiseProgress, PROGRESS_KEY } from '../../src/lib/training/progress.ts';
import { isAnswerRight, scoreQuiz } from '../../src/lib/training/quiz.ts';
import { allPaths, goBack, runTriage, type TriageAnswer, type TriageBarrierRule, type TriageContent, type TriageNeedRule, type TriageQuestion } from '../../src/lib/triage/engine.ts';
import type { triageBarrierSchema, triageNeedSchema, triageQuestionSchema } from '../../src/schemas/triage.ts';
import type { BarrierId, NeedId } from '../../src/lib/vocabulary/triage-terms.ts';
import { needs } from '../../src/lib/vocabulary/index.ts';
import { checkWith, FIXED_TODAY, replaceOnce } from '../support/content-fixture.ts';

const content = checkContent({ root: FIXTURE_SITE, today: FIXED_TODAY });
const triage: TriageContent = {
  questions: content.entries.get('triageQuestions')!.map((e) => ({ id: e.id, ...e.data })),
  needs: content.entries.get('triageNeeds')!.map((e) => e.data),
  barriers: content.entries.get('triageBarriers')!.map((e) => e.data),
};
const services = content.entries.get('services')!.filter((e) => e.data.status === 'active');

describe('training progress in the browser', () => {
  it('is kept under the documented key', () => {
    expect(PROGRESS_KEY).toBe('knowledge-store.progress.v1');
  });
  it('treats missing, corrupted, old or strange stored data as no progress', () => {
    for (const raw of [null, '', 'not json', '{"version":0,"lessons":{}}', '[]', '42', '{"version":1,"lessons":"x"}']) {
      expect(parseProgress(raw)).toEqual(EMPTY_PROGRESS);
    }
  });
  it('keeps only well-formed lesson records', () => {
    const raw = JSON.stringify({ version: 1, last: '<script>', lessons: { 'mod/lesson': { done: true, score: { correct: 5, total: 3 } }, 'bad id': { done: true }, 'mod/other': { done: 'yes' } } });
    expect(parseProgress(raw)).toEqual({ version: 1, lessons: { 'mod/lesson': { done: true }, 'mod/other': { done: false } } });
  });
  it('records lessons, best scores and where to resume, and survives a round trip', () => {
    let progress = recordVisit(EMPTY_PROGRESS, 'mod/one');
    progress = recordQuizScore(progress, 'mod/one', 1, 3);
    progress = recordQuizScore(progress, 'mod/one', 3, 3);
    progress = recordQuizScore(progress, 'mod/one', 2, 3);
    progress = markLessonDone(progress, 'mod/two');
    expect(progress.lessons['mod/one']).toEqual({ done: true, score: { correct: 3, total: 3 } });
    expect(parseProgress(serialiseProgress(progress))).toEqual(progress);
    expect(moduleProgress(progress, ['mod/one', 'mod/two', 'mod/three'])).toEqual({ done: 2, total: 3, complete: false, next: 'mod/three' });
    expect(moduleProgress(progress, ['mod/one', 'mod/two']).complete).toBe(true);
  });
});

describe('quiz marking', () => {
  const single = { options: [{ correct: false }, { correct: true }, { correct: false }] };
  const double = { options: [{ correct: true }, { correct: true }, { correct: false }] };
  it('is right only when exactly the correct options are chosen', () => {
    expect(isAnswerRight(single, [1])).toBe(true);
    expect(isAnswerRight(single, [0])).toBe(false);
    expect(isAnswerRight(double, [1, 0])).toBe(true);
    expect(isAnswerRight(double, [0])).toBe(false);
    expect(isAnswerRight(double, [0, 1, 2])).toBe(false);
    expect(scoreQuiz([single, double], [[1], [0]])).toEqual({ correct: 1, total: 2 });
  });
});

describe('the triage engine, on the test fixture site', () => {
  it('has content for every need and barrier', () => {
    expect(content.ok).toBe(true);
    expect(triage.questions.length).toBeGreaterThan(3);
    expect(new Set(triage.needs.map((n) => n.need))).toEqual(new Set(needs.ids));
  });

  it('reaches a referral card on every path through the questions', () => {
    const paths = allPaths(triage.questions);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const state = runTriage(triage, path);
      expect(state.current, `path ${path.join(',')}`).toBeUndefined();
      // Every need found has words for the card (the card itself: tests/unit/triage-referral-card.test.ts).
      for (const need of state.needs) expect(triage.needs.find((rule) => rule.need === need)?.say.length, need).toBeGreaterThan(0);
    }
  });

  it('can find every need on some path', () => {
    const found = new Set(allPaths(triage.questions).flatMap((path) => runTriage(triage, path).needs));
    expect([...found].sort()).toEqual([...needs.ids].sort());
  });

  it('maps every need to at least one kind of help that the directory offers', () => {
    for (const rule of triage.needs) {
      const offered = rule.kinds.filter((kind) => services.some((s) => s.data.kinds.includes(kind)));
      expect(offered.length, `${rule.need} has no kind of help with an available service`).toBeGreaterThan(0);
    }
  });

  it('goes back one question and forgets the answer given there', () => {
    const forward = runTriage(triage, [2, 2]);
    const back = runTriage(triage, goBack([2, 2]));
    expect(back.asked).toHaveLength(1);
    expect(forward.needs.length).toBeGreaterThanOrEqual(back.needs.length);
  });
});

describe('the triage engine takes its types from the triage schema', () => {
  it('reads what the schema gives back, and no other shape', () => {
    expectTypeOf<TriageAnswer['needs']>().toEqualTypeOf<readonly NeedId[] | undefined>();
    expectTypeOf<TriageAnswer['barriers']>().toEqualTypeOf<readonly BarrierId[] | undefined>();
    expectTypeOf<z.output<typeof triageQuestionSchema> & { id: string }>().toExtend<TriageQuestion>();
    expectTypeOf<z.output<typeof triageNeedSchema>>().toExtend<TriageNeedRule>();
    expectTypeOf<z.output<typeof triageBarrierSchema>>().toExtend<TriageBarrierRule>();
    expectTypeOf<keyof TriageQuestion>().toEqualTypeOf<keyof z.output<typeof triageQuestionSchema> | 'id'>();
  });

  it("imports the schema for its types only, so the browser's triage script does not carry the schemas", () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'triage', 'engine.ts'), 'utf8');
    const schemaImports = source.split('\n').filter((line) => /from '\.\.\/\.\.\/schemas\/|from 'astro\/zod'/.test(line));
    expect(schemaImports.length).toBe(2);
    for (const line of schemaImports) expect(line).toMatch(/^import type /);
  });
});

describe('triage content rules', () => {
  it('rejects questions that go round in a loop', () => {
    const result = checkWith([{ file: 'triage/questions/online-at-home.yaml', contents: (t) => replaceOnce(t, '    next: end', '    next: online-at-home') }]);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/go round in a loop/);
  });
  it('rejects an answer that leads to a question that does not exist', () => {
    const result = checkWith([{ file: 'triage/questions/online-at-home.yaml', contents: (t) => replaceOnce(t, '    next: end', '    next: nowhere') }]);
    expect(result.problems.some((p) => p.field === 'answers › item 1 › next' && /"nowhere" does not match/.test(p.message))).toBe(true);
  });
});
