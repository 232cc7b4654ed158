import type { GraphiQLOptions } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.js';

/**
 * The operations GraphiQL opens with: the whole walk-through, runnable top to bottom against the
 * embedded emulator. Pick an operation with the run button's menu.
 */
const GRAPHIQL_EXAMPLES = `# Welcome to the video GraphQL gateway.
#
# Walk-through (run the operations in this order with the run button's menu):
#  1. CreateSession   -> copy "id" into the variable sessionId below
#  2. GenerateToken   -> a token a client SDK joins with
#  3. StartArchive    -> copy the archive "id" into the variable archiveId
#  4. WatchArchive    -> a live subscription: keep it open in a second tab
#  5. StopArchive     -> the subscription shows STOPPED, then AVAILABLE
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

/** The variables tab of the walk-through, with placeholders the user pastes ids into. */
const GRAPHIQL_VARIABLES = `{
  "sessionId": "paste the session id here",
  "archiveId": "paste the archive id here"
}`;

/** yoga's GraphiQL options: the walk-through above, subscriptions over the WebSocket. */
export const GRAPHIQL: GraphiQLOptions = {
  title: 'Video GraphQL gateway',
  subscriptionsProtocol: 'WS',
  defaultQuery: GRAPHIQL_EXAMPLES,
  defaultTabs: [{ query: GRAPHIQL_EXAMPLES, variables: GRAPHIQL_VARIABLES }],
  // Its POSTs are JSON (preflighted) and need no CSRF header; a GET or a form body would.
  headers: JSON.stringify({ [CSRF_HEADER]: 'graphiql' }),
};
