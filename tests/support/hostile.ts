/** Hostile content for the tests of the content check's and the build's readers. */

/** A "billion laughs" YAML document: each level repeats the one before `width` times. */
export function aliasBomb(levels: number, width: number, first = 'a'): string {
  const lines = [`${first}0: &${first}0 [${Array.from({ length: width }, () => '"lol"').join(',')}]`];
  for (let i = 1; i < levels; i++) lines.push(`${first}${i}: &${first}${i} [${Array.from({ length: width }, () => `*${first}${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}
