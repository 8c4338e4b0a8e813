/**
 * A build that is stopped part way never leaves a half-written site. A real build of a copy of
 * the project (the test fixture site) is stopped at three moments: during the content check
 * (SIGTERM), while Astro writes pages (Ctrl-C: SIGINT to the whole process group) and while the
 * search index is written (SIGTERM); and once by killing the process that started it (as when
 * npm is killed), which must not leave a build running that writes dist/ later. Each time the
 * previous dist/ must be byte-identical (every file hashed), no temporary folder is left, and no
 * process the build started (Astro, the content step and its check) is left running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { TEST_SITE } from '../support/built-site.ts';
import { listFiles } from '../../src/lib/files.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';
import { buildProcessesOf } from '../support/build-processes.ts';

let root: string;
let before: Record<string, string>;

function hashes(dist: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dist)
      .map((file) => [relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Folders a build may have left in the project besides its own files. */
const leftovers = () => readdirSync(root).filter((name) => /^\.build/.test(name));

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_TODAY: '2026-11-23' };

/** Starts a build in its own process group and resolves when `ready(output)` says it is time to stop it. */
function startBuild(): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [join(root, 'scripts', 'build.ts'), '--root', root], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a process is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  root = copyProject('knowledge-store-interrupt-', { content: FIXTURE_CONTENT });
  // The last build's site: the test fixture site that npm test has built (the same code and content).
  TEST_SITE.requireBuilt();
  cpSync(TEST_SITE.dist, join(root, 'dist'), { recursive: true });
  before = hashes(join(root, 'dist'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build stopped part way leaves the previous dist/ as it was', () => {
  it('starts from a whole site (the last build) and no temporary folder', () => {
    expect(Object.keys(before)).toContain('index.html');
    expect(Object.keys(before).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  const moments: { name: string; signal: NodeJS.Signals; group: boolean; when: (output: string) => boolean; notYet: RegExp }[] = [
    // Nothing is printed until the content check has finished; the check runs in a process of its own, which must stop too.
    {
      name: 'during the content check (SIGTERM)',
      signal: 'SIGTERM',
      group: false,
      when: () => buildProcessesOf(root).some((command) => command.includes('content-step-check.ts')),
      notYet: /Content check/,
    },
    {
      name: 'while Astro writes the pages (Ctrl-C)',
      signal: 'SIGINT',
      group: true,
      when: (output) => /Content check passed/.test(output) && /generating static routes|Building static entrypoints|building client/i.test(output),
      notYet: /Complete!/,
    },
    { name: 'while the search index is written (SIGTERM)', signal: 'SIGTERM', group: false, when: (output) => /Complete!/.test(output), notYet: /^Search index:/m },
  ];

  for (const moment of moments) {
    it(
      moment.name,
      async () => {
        // The test must stop the build at this moment. On a busy machine a short phase can end
        // between two looks at the output; then the build is tried again (at most 3 times). Every
        // try, finished in time or not, must leave dist/ as it was.
        let stoppedInTime = false;
        for (let attempt = 1; attempt <= 3 && !stoppedInTime; attempt += 1) {
          const build = startBuild();
          await waitFor(() => moment.when(build.output()), moment.name);
          const stoppedAt = build.output();
          process.kill(moment.group ? -build.child.pid! : build.child.pid!, moment.signal);
          const result = await build.exited;
          stoppedInTime = !moment.notYet.test(stoppedAt);
          if (stoppedInTime) expect(result.code === 0, `the build finished anyway:\n${build.output()}`).toBe(false);
          expect(hashes(join(root, 'dist'))).toEqual(before);
          expect(leftovers()).toEqual([]);
          // Astro and the content step were stopped with it, not left running.
          expect(buildProcessesOf(root)).toEqual([]);
        }
        expect(stoppedInTime, `stopped later than ${moment.name} three times`).toBe(true);
      },
      240_000,
    );
  }

  it('killing the process that started the build (as when npm is killed) stops the build too', async () => {
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(join(root, 'scripts', 'build.ts'))}, '--root', ${JSON.stringify(root)}], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);`,
      ],
      { env, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const buildPid = await new Promise<number>((done) => parent.stdout!.once('data', (chunk: Buffer) => done(Number(chunk.toString().trim()))));
    await waitFor(() => leftovers().length > 0, 'the build to start');
    parent.kill('SIGKILL');
    await waitFor(() => !alive(buildPid), 'the orphaned build to stop', 30_000);
    // Wait as long as a whole build takes, in case anything it started writes later.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(hashes(join(root, 'dist'))).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(buildProcessesOf(root)).toEqual([]);
  }, 120_000);
});
