/**
 * A Digital Champion's training progress, as kept in their own browser (never sent anywhere).
 * Stored under one documented key; anything unreadable, old or tampered with is treated as
 * "no progress yet", so a page never breaks because of what is in storage.
 */
import { storage } from '../browser-storage.ts';

export const PROGRESS_KEY = storage.progress.key;
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** The learner marked the lesson as done (or passed its quiz). */
  readonly done: boolean;
  /** The best quiz score, if the lesson has a quiz and it was answered. */
  readonly score?: { readonly correct: number; readonly total: number };
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  /** By lesson id, like "being-a-digital-champion/keeping-people-safe". */
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** The last lesson opened, to resume from. */
  readonly last?: string;
}

export const EMPTY_PROGRESS: Progress = { version: PROGRESS_VERSION, lessons: {} };

const LESSON_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** Reads stored progress safely: any problem gives empty progress. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== PROGRESS_VERSION) return EMPTY_PROGRESS;
  const { lessons, last } = data as { lessons?: unknown; last?: unknown };
  const clean: Record<string, LessonProgress> = {};
  if (lessons && typeof lessons === 'object') {
    for (const [id, value] of Object.entries(lessons as Record<string, unknown>)) {
      if (!LESSON_ID.test(id) || !value || typeof value !== 'object') continue;
      const { done, score } = value as { done?: unknown; score?: { correct?: unknown; total?: unknown } };
      const validScore =
        score &&
        Number.isInteger(score.correct) &&
        Number.isInteger(score.total) &&
        (score.total as number) > 0 &&
        (score.correct as number) >= 0 &&
        (score.correct as number) <= (score.total as number)
          ? { correct: score.correct as number, total: score.total as number }
          : undefined;
      clean[id] = { done: done === true, ...(validScore ? { score: validScore } : {}) };
    }
  }
  return { version: PROGRESS_VERSION, lessons: clean, ...(typeof last === 'string' && LESSON_ID.test(last) ? { last } : {}) };
}

export function serialiseProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** True when the lesson's quiz was answered all right at least once. */
export function quizPassed(progress: Progress, lesson: string): boolean {
  const score = progress.lessons[lesson]?.score;
  return score !== undefined && score.correct === score.total;
}

/**
 * Marks a lesson done. A lesson with a quiz (`hasQuiz`) is done only when its quiz is passed:
 * until then, progress is returned unchanged.
 */
export function markLessonDone(progress: Progress, lesson: string, options: { readonly hasQuiz?: boolean } = {}): Progress {
  if (options.hasQuiz && !quizPassed(progress, lesson)) return progress;
  const current = progress.lessons[lesson];
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...current, done: true } } };
}

export function markLessonNotDone(progress: Progress, lesson: string): Progress {
  const current = progress.lessons[lesson];
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...current, done: false } } };
}

/** Keeps the best score; answering every question right also marks the lesson done. */
export function recordQuizScore(progress: Progress, lesson: string, correct: number, total: number): Progress {
  const current = progress.lessons[lesson];
  const best = current?.score && current.score.correct / current.score.total >= correct / total ? current.score : { correct, total };
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { done: (current?.done ?? false) || correct === total, score: best } } };
}

export function recordVisit(progress: Progress, lesson: string): Progress {
  return { ...progress, last: lesson };
}

export interface ModuleProgress {
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  /** The first lesson not yet done, to carry on from. */
  readonly next?: string;
}

export function moduleProgress(progress: Progress, lessonIds: readonly string[]): ModuleProgress {
  const done = lessonIds.filter((id) => progress.lessons[id]?.done).length;
  return { done, total: lessonIds.length, complete: lessonIds.length > 0 && done === lessonIds.length, next: lessonIds.find((id) => !progress.lessons[id]?.done) };
}
