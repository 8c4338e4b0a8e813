/**
 * npm run build — the content check first, then the Astro build (which also writes the
 * search index). If either fails, dist/ is removed, so a broken site can never be deployed.
 * Use --root <folder> to build another copy of the site.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent, formatGithubAnnotations, formatReport } from '../src/lib/content-check/index.ts';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? process.argv[rootFlag + 1]! : '.');
const dist = join(root, 'dist');

const result = checkContent({ root });
console.log(formatReport(result.problems, result.filesChecked));
if (process.env.GITHUB_ACTIONS === 'true' && result.problems.length) console.log(formatGithubAnnotations(result.problems));
if (!result.ok) {
  rmSync(dist, { recursive: true, force: true });
  console.error('The site was not built, because the content check found problems.');
  process.exit(1);
}

const astro = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error('The build failed, so dist/ was removed. Read the messages above.');
  process.exit(astro.status ?? 1);
}
