/** The processes a build of one copy of the site starts, found by their command lines (Linux: /proc). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The command lines of the running processes of a build of `root`: the build itself, Astro, the content step and its check. */
export function buildProcessesOf(root: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let command: string;
    try {
      command = readFileSync(join('/proc', pid, 'cmdline'), 'utf8')
        .split('\0')
        .join(' ');
    } catch {
      continue; // ended while being read
    }
    if (
      [join(root, 'scripts', 'build.ts'), join(root, 'scripts', 'lib', 'content-step.ts'), join(root, 'scripts', 'lib', 'content-step-check.ts'), `astro.mjs build --root ${root} `].some((mark) =>
        command.includes(mark),
      )
    )
      found.push(`${pid}: ${command}`);
  }
  return found;
}
