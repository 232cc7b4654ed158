/**
 * The browser side of the GraphiQL page (./graphiql-page.ts), as the source text the page embeds.
 * It is plain browser JavaScript kept in a string so that every way of running the gateway (tsx,
 * compiled output, tests) serves the same bytes; test/e2e/graphiql-browser.test.ts runs it in Chromium.
 *
 * What it adds to yoga's GraphiQL (docs/operations.md#graphiql):
 * - a fetcher that sends the Headers pane with every HTTP request, plus the CSRF header, and opens
 *   the WebSocket for subscriptions with the pane's `Authorization` as graphql-ws
 *   `connectionParams.authorization` (a browser cannot set headers on a WebSocket); a new value
 *   opens a new socket;
 * - ids from a result fill the variables the next walk-through steps need, in the Variables pane;
 * - GraphiQL's storage under a prefix of ours, so tabs left by another GraphiQL served on the same
 *   origin (say, another project on the same port) never replace the walk-through;
 * - the editors open on a tab that exists, with its variables: GraphiQL itself opens the Variables
 *   pane empty on a first visit, and opens an empty "<untitled>" tab in a second browser tab.
 */
export const GRAPHIQL_PAGE_SCRIPT = String.raw`
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('gateway-graphiql-config').textContent);
  const endpoint = new URL(config.endpoint, location.href).href;

  // Header names are case-insensitive: the pane may say Authorization or authorization.
  const headerNamed = (headers, name) => {
    for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return String(value);
    return undefined;
  };

  // The operation to run and its kind. Only that operation and the fragments are sent, as yoga's
  // own page does: the other operations of the editor are no business of the server's.
  const operationToRun = (params, ast) => {
    const definitions = ast?.definitions ?? [];
    const operation = definitions.find(
      (d) => d.kind === 'OperationDefinition' && (!params.operationName || d.name?.value === params.operationName),
    );
    const kind = operation?.operation ?? 'query';
    const body = operation?.loc?.source.body;
    // The parsed document may lag the editor by a keystroke: then send the editor's text whole.
    if (body !== params.query) return { kind, query: params.query };
    const parts = definitions.filter((d) => d === operation || d.kind === 'FragmentDefinition');
    return { kind, query: parts.map((d) => body.slice(d.loc.start, d.loc.end)).join('\n\n') };
  };

  // One graphql-ws client per Authorization value. A client made for an older value is dropped:
  // being lazy, it closes its socket by itself once its last subscription ends.
  let socket;
  const webSocketFor = (authorization) => {
    if (!socket || socket.authorization !== authorization) {
      socket = {
        authorization,
        client: graphqlWs.createClient({
          url: endpoint.replace(/^http/, 'ws'),
          lazy: true,
          retryAttempts: 0,
          connectionParams: authorization ? { authorization } : {},
        }),
      };
    }
    return socket.client;
  };

  async function* subscribe(client, payload) {
    try {
      yield* client.iterate(payload);
    } catch (error) {
      // The server refused the operation (graphql-ws "error" message): show its errors as a result.
      if (Array.isArray(error)) {
        yield { errors: error };
        return;
      }
      // A closed socket (a refused token is 4403) reaches GraphiQL as an Error naming the code.
      if (error instanceof CloseEvent) throw new Error('WebSocket closed: ' + error.code + (error.reason ? ' ' + error.reason : ''));
      throw error;
    }
  }

  const post = async (payload, headers) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        ...headers,
        'content-type': 'application/json',
        [config.csrfHeader]: 'graphiql',
      },
      body: JSON.stringify(payload),
    });
    if ((response.headers.get('content-type') ?? '').includes('json')) return response.json();
    return { errors: [{ message: 'HTTP ' + response.status + ': ' + (await response.text()) }] };
  };

  // Puts the ids a result carries into the variables that the next steps need (config.fills:
  // result field -> variable -> property), in the Variables pane itself.
  const fillVariables = (result) => {
    const model = globalThis.monaco?.editor.getModels().find((m) => m.uri.path.endsWith('variables.json'));
    if (!model || !result?.data) return;
    let variables;
    try {
      variables = JSON.parse(model.getValue() || '{}');
    } catch {
      return; // Half-typed JSON is the user's: leave it alone.
    }
    if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return;
    let changed = false;
    for (const [field, fills] of Object.entries(config.fills)) {
      const value = result.data[field];
      if (!value) continue;
      for (const [variable, property] of Object.entries(fills)) {
        if (value[property] == null || variables[variable] === value[property]) continue;
        variables[variable] = value[property];
        changed = true;
      }
    }
    if (!changed) return;
    // An edit, not a replacement: Ctrl-Z in the pane gets the old values back.
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: JSON.stringify(variables, null, 2) }], () => null);
  };

  const fetcher = (params, opts) => {
    const headers = opts?.headers ?? {};
    const { kind, query } = operationToRun(params, opts?.documentAST);
    const payload = { query, variables: params.variables, operationName: params.operationName ?? undefined };
    if (kind === 'subscription') return subscribe(webSocketFor(headerNamed(headers, 'authorization')), payload);
    return post(payload, headers).then((result) => {
      fillVariables(result);
      return result;
    });
  };

  const prefix = 'video-gateway:';
  const storage = {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    get length() {
      return Object.keys(localStorage).filter((key) => key.startsWith(prefix)).length;
    },
    clear: () => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
    },
  };

  // GraphiQL makes a new tab unless a stored one holds exactly the query and variables it opens
  // with, and opens the Variables pane with those variables only: so open on a tab that exists. A
  // link with ?query= (yoga's page keeps the URL in step with the editor) opens that query's tab,
  // or a new tab with it; otherwise the tab last used, or on a first visit the walk-through.
  const openingTab = () => {
    let stored;
    try {
      stored = JSON.parse(storage.getItem('graphiql:tabState') ?? 'null');
    } catch {}
    const tabs = Array.isArray(stored?.tabs) ? stored.tabs : [];
    const linked = new URL(location.href).searchParams.get('query');
    if (linked) return tabs.find((tab) => tab.query === linked) ?? { query: linked };
    return tabs[stored?.activeTabIndex] ?? config.graphiql.defaultTabs?.[0] ?? {};
  };
  const tab = openingTab();

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
    ...config.graphiql,
    storage,
    initialQuery: tab.query ?? '',
    initialVariables: tab.variables ?? '',
    ...(tab.headers ? { initialHeaders: tab.headers } : {}),
    fetcher,
  });
})();
`;
