import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder, type RunningServer } from '../../scripts/lib/static-server.ts';

// The test server's weak signal: an answer held back for a minute must be sent at once when a test
// says so, or the next request for the same address waits behind it in Chromium.
describe('the test server, holding answers back', () => {
  let folder: string;
  let server: RunningServer;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(folder, 'index.html'), '<p>hello</p>');
    server = await serveFolder(folder, { delayMs: (path) => (path === '/slow/' ? 60_000 : 0) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers other addresses at once', async () => {
    expect(await (await fetch(`${server.origin}/`)).text()).toBe('<p>hello</p>');
  });

  it('sends a held answer as soon as answerHeldNow is called, not after its delay', async () => {
    const started = Date.now();
    const answer = fetch(`${server.origin}/slow/`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.answerHeldNow();
    expect((await answer).status).toBe(404);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
