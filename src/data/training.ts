/** The champions' training modules with their lessons in order. */
import type { Lesson, TrainingModule } from '../schemas/module.ts';
import { loadCollection, type Loaded } from './collections.ts';

export interface ModuleWithLessons extends Loaded<TrainingModule> {
  readonly lessons: (Loaded<Lesson> & { readonly slug: string })[];
}

let cached: Promise<ModuleWithLessons[]> | undefined;

export function getModules(): Promise<ModuleWithLessons[]> {
  cached ??= Promise.all([loadCollection('modules'), loadCollection('lessons')]).then(([modules, lessons]) =>
    modules
      .map((module) => ({
        ...module,
        lessons: lessons
          .filter((lesson) => lesson.id.startsWith(`${module.id}/`))
          .map((lesson) => ({ ...lesson, slug: lesson.id.slice(module.id.length + 1) }))
          .sort((a, b) => a.data.order - b.data.order),
      }))
      .sort((a, b) => a.data.order - b.data.order),
  );
  return cached;
}
