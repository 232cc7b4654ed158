import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * The operations GraphiQL opens with: the whole walk-through, runnable top to bottom against the
 * embedded emulator. Pick an operation with the run button's menu.
 */
const GRAPHIQL_EXAMPLES = `# Welcome to the video GraphQL gateway.
#
# Walk-through (run the operations in this order with the run button's menu):
#  1. CreateSession   -> its "id" fills the variable sessionId (Variables pane)
#  2. GenerateToken   -> a token a client SDK joins with
#  3. StartArchive    -> its "id" fills the variable archiveId
#  4. WatchArchive    -> a live subscription: leave it running and open this
#                        page in a second browser tab
#  5. StopArchive     -> run it in the second tab: the first shows STOPPED,
#                        then AVAILABLE
#
# With caller auth on, put {"Authorization": "Bearer <your token>"} in the
# Headers pane: it goes with every request, and with subscriptions too.
#
# Against the embedded emulator, a client can join with the token through
# POST /emulator/clients {"token": "..."} on the emulator's port (see the README).

mutation CreateSession {
  createSession(input: { mediaMode: ROUTED }) {
    id
    sessionId
    provider
    mediaMode
  }
}

mutation GenerateToken($sessionId: ID!) {
  generateToken(input: { sessionId: $sessionId, role: PUBLISHER, data: "name=Ada" }) {
    token
    apiKey
    sessionId
    expiresAt
  }
}

mutation StartArchive($sessionId: ID!) {
  startArchive(input: { sessionId: $sessionId, name: "My first archive" }) {
    id
    archiveId
    status
  }
}

subscription WatchArchive($archiveId: ID!) {
  archiveStatusChanged(archiveId: $archiveId) {
    status
    previousStatus
    occurredAt
    archive { name duration size url }
  }
}

mutation StopArchive($archiveId: ID!) {
  stopArchive(id: $archiveId) {
    id
    status
  }
}

query Archives($sessionId: ID!) {
  session(id: $sessionId) {
    sessionId
    archives(first: 10) {
      totalCount
      edges { cursor node { archiveId name status url } }
      pageInfo { hasNextPage endCursor }
    }
  }
}

query Providers {
  providers { name isDefault archives sip tokenFormats }
}
`;

/** The variables of the walk-through: placeholders that its steps fill with ids ({@link GRAPHIQL_FILLS}). */
const GRAPHIQL_VARIABLES = `{
  "sessionId": "filled in by CreateSession",
  "archiveId": "filled in by StartArchive"
}`;

/**
 * Which ids of a result fill which variables of the walk-through: result field -> variable ->
 * property of the field's value. The page does the filling (./graphiql-page-script.ts).
 */
export const GRAPHIQL_FILLS: Record<string, Record<string, string>> = {
  createSession: { sessionId: 'id' },
  startArchive: { archiveId: 'id' },
};

/**
 * yoga's GraphiQL options: the walk-through above. The page (./graphiql-page.ts) sends the CSRF
 * header itself and takes subscriptions over the WebSocket.
 */
export const GRAPHIQL: GraphiQLOptions = {
  title: 'Video GraphQL gateway',
  defaultQuery: GRAPHIQL_EXAMPLES,
  defaultTabs: [{ query: GRAPHIQL_EXAMPLES, variables: GRAPHIQL_VARIABLES }],
  // A caller token put in the Headers pane stays in that browser tab's memory, not in storage.
  shouldPersistHeaders: false,
};
