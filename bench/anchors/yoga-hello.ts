/** Anchor B: plain graphql-yoga (createYoga + createSchema, its defaults) answering `{ hello }`. */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { listenAndAnnounce } from './listen.js';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  }),
  logging: false,
});

listenAndAnnounce(createServer(yoga));
