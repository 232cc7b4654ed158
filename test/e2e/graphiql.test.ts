/**
 * The GraphiQL page without a browser (src/http/graphiql-page.ts): everything it needs is in the
 * page, so it works offline. Runs everywhere; test/e2e/graphiql-browser.test.ts drives it in Chromium.
 */
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/http/csrf.js';
import { GRAPHIQL } from '../../src/http/graphiql.js';
import { createGraphiQLRenderer } from '../../src/http/graphiql-page.js';
import { GRAPHIQL_PAGE_SCRIPT } from '../../src/http/graphiql-page-script.js';
import { type SharedGateway, sharedGateway } from '../fixtures/shared-gateway.js';

/** The page's markup with the contents of its `<script>` and `<style>` elements cut out. */
const markupOnly = (html: string) =>
  html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');

/** The contents of the page's `<style>` elements. */
const styles = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n');

describe('GraphiQL page (GET /graphql from a browser)', () => {
  let gateway: SharedGateway;
  let html: string;

  beforeAll(async () => {
    gateway = await sharedGateway();
    const response = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    html = await response.text();
    // Sent as bytes built once, so with their length.
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html));
    // The first answer builds the page (about 9 MB): slow on a busy machine.
  }, 60_000);

  it('should load no script, style, font or icon from another address', () => {
    const markup = markupOnly(html);
    // Every script is inline: none names a source.
    expect(markup).not.toMatch(/<script[^>]*\ssrc=/i);
    // Links (the icon) are data: URLs; no attribute points at any URL, not even a protocol-relative one.
    for (const [, url] of markup.matchAll(/\s(?:src|href)="([^"]*)"/gi)) expect(url).toMatch(/^data:/);
    expect(markup).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    // The styles import nothing, and their fonts and images are inline.
    const css = styles(html);
    expect(css).not.toMatch(/@import/i);
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^(data:|#)/);
    // No known CDN is named anywhere in the page, scripts included.
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs|esm\.sh|fonts\.googleapis/);
  });

  it('should carry GraphiQL, graphql-ws, the walk-through and the page settings', () => {
    expect(html).toContain('<title>Video GraphQL gateway</title>');
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('graphqlWs');
    const config = JSON.parse(/<script type="application\/json" id="gateway-graphiql-config">([^<]*)<\/script>/.exec(html)![1]!);
    expect(config).toMatchObject({ endpoint: '/graphql', csrfHeader: CSRF_HEADER, fills: { createSession: { sessionId: 'id' } } });
    expect(config.graphiql.defaultTabs[0].query).toContain('mutation CreateSession');
    expect(JSON.parse(config.graphiql.defaultTabs[0].variables)).toEqual({
      sessionId: 'filled in by CreateSession',
      archiveId: 'filled in by StartArchive',
    });
    // A caller token typed into the Headers pane is not written to the browser's storage.
    expect(config.graphiql.shouldPersistHeaders).toBe(false);
  });

  it('should build the page once per set of options, and keep it', async () => {
    const render = createGraphiQLRenderer();
    const first = render({ ...GRAPHIQL });
    // yoga hands the renderer a fresh copy of the same options on every request.
    expect(render({ ...GRAPHIQL })).toBe(first);
    const other = render({ ...GRAPHIQL, title: 'Another title' });
    expect(other).not.toBe(first);
    expect(new TextDecoder().decode(await other)).toContain('<title>Another title</title>');
  });

  it('should embed a page script that parses as JavaScript', () => {
    expect(() => new Script(GRAPHIQL_PAGE_SCRIPT)).not.toThrow();
  });
});
