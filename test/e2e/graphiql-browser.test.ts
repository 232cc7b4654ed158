/**
 * GraphiQL in a real browser (Debian's Chromium, driven by playwright-core), with every request to
 * anything but this machine blocked and counted: the page must work offline
 * (docs/operations.md#graphiql). Caller auth is on, so the Headers pane's token must reach the
 * gateway over HTTP and, for the subscription, over the WebSocket.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { ALL_SCOPES, hsToken, TEST_AUTH_SECRET } from '../helpers/caller-tokens.js';
import { startTestGateway } from '../helpers/gateway.js';

/** Debian's Chromium, wherever PATH finds it; undefined when it is not installed. */
function findChromium(): string | undefined {
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // Not on PATH: try where Debian puts it.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) console.log('install chromium (apt-get install chromium) to run the GraphiQL browser test');

/** Whether a URL stays on this machine. */
const isLocal = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** Monaco renders spaces as no-break spaces; compare text as a person reads it. */
const readable = (text: string) => text.replaceAll('\u00a0', ' ');

/** Loading ~9 MB of GraphiQL takes seconds on a busy machine. */
const PAGE_LOAD_MS = 60_000;

describe.skipIf(!CHROMIUM)('GraphiQL in Chromium, offline, with caller auth', () => {
  let gateway: Gateway;
  let browser: Browser;
  let context: BrowserContext;
  let token: string;
  /** Every request and WebSocket the pages tried to open off this machine. */
  const outside: string[] = [];

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([
      // Lenient: an archive starts with nobody connected, as in the walk-through.
      startTestGateway({ EMULATOR_STRICT: 'false', AUTH_JWT_SECRET: TEST_AUTH_SECRET }),
      chromium.launch({ executablePath: CHROMIUM }),
    ]);
    token = await hsToken({ scope: ALL_SCOPES.join(' ') });
    context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    await context.route('**', (route) => {
      if (isLocal(route.request().url())) return route.continue();
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await context.routeWebSocket(
      (url) => !isLocal(url.href),
      (socket) => {
        outside.push(socket.url());
        return socket.close();
      },
    );
  }, PAGE_LOAD_MS);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  /** Opens GraphiQL in a new browser tab and waits until its editors show a tab. */
  async function open(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${gateway.url}/graphql`, { timeout: PAGE_LOAD_MS });
    await page.locator('.graphiql-query-editor .view-lines').waitFor({ timeout: PAGE_LOAD_MS });
    return page;
  }

  /** Runs one operation of the editor: the run button, then the operation's name in its menu. */
  async function run(page: Page, operation: string): Promise<void> {
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: operation, exact: true }).click();
  }

  /** Types the caller's token into the Headers pane, as a person pastes it. */
  async function typeToken(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines').click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.getByRole('button', { name: 'Variables', exact: true }).click();
  }

  /** Waits for what a pane shows (Monaco redraws as it pleases). */
  const poll = (probe: () => Promise<string>) => expect.poll(probe, { timeout: 15_000, interval: 100 });
  const tabTitles = async (page: Page) => (await page.locator('.graphiql-tab').allInnerTexts()).map((title) => title.trim());
  const variablesPane = (page: Page) => page.locator('section.graphiql-editor-tool .graphiql-editor').first();
  const resultPane = (page: Page) => page.locator('.graphiql-response');
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; its rendered text is what a person reads
  const text = async (locator: ReturnType<Page['locator']>) => readable(await locator.innerText());

  it('should run the walk-through from the page, fill its variables, and show a live subscription', { timeout: 180_000 }, async () => {
    // Tabs another GraphiQL left at this address (yoga's welcome text) must not replace the walk-through.
    await context.addInitScript(() => {
      const welcome = { id: 'other', title: '<untitled>', query: '# Welcome to Yoga GraphiQL', variables: null, headers: null };
      localStorage.setItem(
        'graphiql:tabState',
        JSON.stringify({ activeTabIndex: 0, tabs: [{ ...welcome, operationName: null, response: null }] }),
      );
    });
    const first = await open();
    // The walk-through is in the editor, its variables in the Variables pane.
    expect(await text(first.locator('.graphiql-query-editor'))).toContain('Welcome to the video GraphQL gateway');
    await poll(() => text(variablesPane(first))).toContain('"sessionId": "filled in by CreateSession"');

    await typeToken(first);
    // From the keyboard: the cursor on the last line of the last operation; Ctrl-Enter runs that one.
    await first.locator('.graphiql-query-editor .view-lines').click();
    await first.keyboard.press('Control+End');
    await first.keyboard.press('ArrowUp');
    await first.keyboard.press('Control+Enter');
    await poll(() => text(resultPane(first))).toMatch(/"providers":\s*\[/);

    await run(first, 'CreateSession');
    await poll(() => text(resultPane(first))).toMatch(/"provider":\s*"OPENTOK"/);
    // Its id is now the sessionId variable, in the pane (a global id: base64 of "Session:...").
    await poll(() => text(variablesPane(first))).toMatch(/"sessionId":\s*"U2Vzc2lvbj/);

    await run(first, 'GenerateToken');
    await poll(() => text(resultPane(first))).toMatch(/"generateToken": \{\s*"token":\s*"/);
    expect(await text(resultPane(first))).toMatch(/"sessionId":\s*"1_/);

    await run(first, 'StartArchive');
    await poll(() => text(resultPane(first))).toMatch(/"status":\s*"STARTED"/);
    await poll(() => text(variablesPane(first))).toMatch(/"archiveId":\s*"QXJjaGl2ZT/);

    // Over the WebSocket, with the pane's token in connection_init.
    await run(first, 'WatchArchive');
    await poll(() => text(resultPane(first))).toMatch(/"archiveStatusChanged": \{\s*"status":\s*"STARTED"/);

    // A second browser tab opens on the same walk-through tab, its variables filled (storage is
    // written half a second after an edit), not on an empty untitled tab.
    await first.waitForFunction(() => Object.values(localStorage).some((value) => value.includes('QXJjaGl2ZT')));
    const second = await open();
    // (A tab takes the name of the operation it last ran.)
    expect(await tabTitles(second)).toEqual(['WatchArchive']);
    expect(await tabTitles(first)).toEqual(['WatchArchive']);
    await poll(() => text(variablesPane(second))).toMatch(/"archiveId":\s*"QXJjaGl2ZT/);

    // Headers stay in their browser tab. Without the token the subscription is refused, so the
    // first tab's events above came with the token it sent over the WebSocket.
    await run(second, 'WatchArchive');
    await poll(() => text(resultPane(second))).toMatch(/UNAUTHENTICATED|FORBIDDEN|4403/);
    await typeToken(second);
    await run(second, 'StopArchive');
    await poll(() => text(resultPane(second))).toMatch(/"status":\s*"STOPPED"/);
    // The first tab's subscription receives the events: STOPPED, then AVAILABLE once the file is ready.
    await poll(() => text(resultPane(first))).toMatch(/"status":\s*"AVAILABLE"/);
    expect(await text(resultPane(first))).toMatch(/"previousStatus":\s*"STOPPED"/);

    expect(outside).toEqual([]);
  });
});
