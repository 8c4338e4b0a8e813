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

/**
 * Remembers what a function gave for each key, for one group at a time: when a key of another
 * group is asked for, what was remembered for the last group is let go. For work that the build
 * does group after group and never needs again once a group is done: the QR codes of the print
 * sheets, one language after another (src/data/print.ts).
 */
export function rememberedForOneGroupAtATime<T>(work: (key: string) => T): (group: string, key: string) => T {
  let current: string | undefined;
  let answers = new Map<string, T>();
  return (group: string, key: string) => {
    if (group !== current) {
      current = group;
      answers = new Map();
    }
    if (answers.has(key)) return answers.get(key) as T;
    const answer = work(key);
    answers.set(key, answer);
    return answer;
  };
}
