/**
 * Anchor C: graphql-yoga with the official `opentok` SDK, the way an application wraps it: a
 * `generateToken(sessionId)` mutation whose resolver builds an `OpenTok` client and mints a
 * publisher token. The project comes from `OPENTOK_API_KEY` / `OPENTOK_API_SECRET`.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import OpenTok from 'opentok';
import { listenAndAnnounce } from './listen.js';

const key = process.env.OPENTOK_API_KEY ?? '';
const secret = process.env.OPENTOK_API_SECRET ?? '';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `
      type Query { hello: String! }
      type Token { token: String! }
      type Mutation { generateToken(sessionId: ID!): Token! }
    `,
    resolvers: {
      Query: { hello: () => 'world' },
      Mutation: {
        generateToken: (_root: unknown, { sessionId }: { sessionId: string }) => ({
          token: new OpenTok(key, secret).generateToken(sessionId, { role: 'publisher' }),
        }),
      },
    },
  }),
  logging: false,
});

listenAndAnnounce(createServer(yoga));
