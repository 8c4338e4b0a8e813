import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measurePage, budgetFor } from './lib/page-weight.ts';
const dist = process.argv[2]!;
const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((i) => i.isDirectory() ? (i.name.startsWith('pagefind') ? [] : walk(join(d, i.name))) : i.name.endsWith('.html') ? [join(d, i.name)] : []);
for (const f of walk(dist)) { const w = measurePage(dist, relative(dist, f)); if (w.total > budgetFor(w)) console.log(relative(dist, f), w); }
