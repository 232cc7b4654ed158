import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.js';
import { GRAPHIQL_FILLS } from './graphiql.js';
import { GRAPHIQL_PAGE_SCRIPT } from './graphiql-page-script.js';

/** What the page script reads from the page (./graphiql-page-script.ts). */
interface PageConfig {
  /** Where GraphQL is served, over HTTP and WebSocket. */
  endpoint: string;
  /** The CSRF header every HTTP request carries (./csrf.ts). */
  csrfHeader: string;
  /** Which result fields fill which variables (./graphiql.ts). */
  fills: typeof GRAPHIQL_FILLS;
  /** yoga's GraphiQL options, handed to GraphiQL as they are. */
  graphiql: GraphiQLOptions;
}

/** JSON safe inside an HTML `<script>` element: no `</script>` can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

/** The graphql-ws browser build: the package ships it, though its `exports` do not list it. */
async function graphqlWsBrowserBuild(): Promise<string> {
  const packageJson = createRequire(import.meta.url).resolve('graphql-ws/package.json');
  return readFile(join(dirname(packageJson), 'umd', 'graphql-ws.min.js'), 'utf8');
}

/**
 * The whole page: GraphiQL's styles, scripts and editor workers come inlined from
 * `@graphql-yoga/render-graphiql` (as its own page does), graphql-ws from its package, and our page
 * script builds the fetcher; nothing is fetched from anywhere else (docs/operations.md#graphiql).
 */
async function renderPage(options: GraphiQLOptions): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on the first GraphiQL request only: ~9 MB of assets a gateway without GraphiQL never holds.
  const [assets, graphqlWs] = await Promise.all([import('@graphql-yoga/render-graphiql/graphiql'), graphqlWsBrowserBuild()]);
  const config: PageConfig = {
    endpoint: options.endpoint ?? '/graphql',
    csrfHeader: CSRF_HEADER,
    fills: GRAPHIQL_FILLS,
    graphiql: options,
  };
  const workers = { editorWorkerService: assets.editorWorkerService, json: assets.jsonWorker, graphql: assets.graphqlWorker };
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title ?? 'GraphiQL'}</title>
    <link rel="icon" href="${options.favicon ?? assets.favicon}" />
    <style>${assets.css}</style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="gateway-graphiql-config">${scriptJson(config)}</script>
    <script>
      {
        // Monaco starts its workers from these blob URLs; globalAPI exposes the editors' models,
        // which the page script fills variables into.
        const workers = Object.fromEntries(
          Object.entries(${scriptJson(workers)}).map(([label, source]) => [
            label,
            URL.createObjectURL(new Blob([source], { type: 'application/javascript' })),
          ]),
        );
        self.MonacoEnvironment = { globalAPI: true, getWorkerUrl: (_moduleId, label) => workers[label] };
      }
    </script>
    <script>${assets.js}</script>
    <script>${graphqlWs}</script>
    <script>${GRAPHIQL_PAGE_SCRIPT}</script>
  </body>
</html>
`;
  // Encoded once: each answer then sends these bytes as they are, with their length.
  return new TextEncoder().encode(html);
}

/**
 * A renderer for yoga's `renderGraphiQL` option. The page is built once per set of options (yoga
 * passes the same options to every request) and kept as UTF-8 bytes: it is large, and rebuilding
 * or re-encoding it per request would copy megabytes each time.
 */
export function createGraphiQLRenderer(): (options: GraphiQLOptions) => Promise<Uint8Array<ArrayBuffer>> {
  let cached: { key: string; page: Promise<Uint8Array<ArrayBuffer>> } | undefined;
  return (options) => {
    const key = JSON.stringify(options);
    if (cached?.key !== key) {
      const page = renderPage(options);
      cached = { key, page };
      // A build that failed (an asset missing) is tried again on the next request, not kept.
      page.catch(() => {
        if (cached?.page === page) cached = undefined;
      });
    }
    return cached.page;
  };
}
