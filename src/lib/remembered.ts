/**
 * Remembers what a function gave for a piece of text, so a build that writes the same words on
 * many pages (a listing's description on its page in four languages, its print sheets and every
 * list it is in) works them out once. At most `limit` answers are kept: when full, the oldest go
 * first, so a national directory's build does not hold every description at once.
 */
export function rememberedByText<T>(work: (text: string) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = work(text);
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(text, answer);
    return answer;
  };
}
