import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { serveFolder } from './lib/static-server.ts';
const dist = process.argv[2]!;
writeFileSync(`${dist}/probe.html`, `<!doctype html><html><body><script type="module">
const pf = await import('/pagefind/pagefind.js'); await pf.options({ baseUrl: '/' }); ${process.argv[4] ? `await pf.mergeIndex('/pagefind-areas/${process.argv[4]}/');` : ''} await pf.init();
${process.argv[3] === 'filters' ? 'await pf.filters();' : ''}
const s = await pf.search('refurbished'); const d = await Promise.all(s.results.slice(0,10).map(r=>r.data()));
document.body.dataset.done = String(s.results.length);
</script></body></html>`);
const server = await serveFolder(dist, { compress: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage();
const sizes: Promise<[string, number]>[] = [];
page.context().on('requestfinished', (r) => sizes.push(r.sizes().then((s) => [r.url().replace(server.origin, ''), s.responseHeadersSize + s.responseBodySize])));
await page.goto(server.origin + '/probe.html');
await page.waitForSelector('body[data-done]', { timeout: 60000, state: 'attached' });
const all = await Promise.all(sizes);
for (const [u, b] of all) console.log(b, u);
console.log('TOTAL', all.reduce((a, [, b]) => a + b, 0), 'results', await page.getAttribute('body', 'data-done'));
await browser.close(); await server.close();
