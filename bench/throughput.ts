/**
 * HTTP throughput, side by side: three anchors (bare node:http, plain yoga, yoga + the opentok SDK)
 * and the gateway's own operations, one server at a time so none competes with another.
 */
import { gqlOk } from './graphql.js';
import { type HttpFigures, measureHttp, startAnchor } from './http-load.js';
import { callerToken, OPENTOK_KEY, OPENTOK_SECRET, type RunningEmulator, startGateway } from './stack.js';

/** The figures of the throughput section. */
export interface Throughput {
  bare: HttpFigures;
  yoga: HttpFigures;
  yogaOpentok: HttpFigures;
  generateToken: HttpFigures;
  archive: HttpFigures;
}

const GENERATE_TOKEN = 'mutation($s: ID!) { generateToken(input: { sessionId: $s, role: PUBLISHER }) { token } }';

/** Measures the anchors and the gateway (against `emulator`), logging progress to stderr. */
export async function measureThroughput(emulator: RunningEmulator, log: (line: string) => void): Promise<Throughput> {
  const gateway = await startGateway(emulator.url);
  let sessionId: string;
  let archiveId: string;
  try {
    // Set up once through the gateway: an OpenTok session, and a recording of it.
    const admin = await callerToken('video:admin');
    const session = (await gqlOk(gateway.url, admin, 'mutation { createSession(input: { mediaMode: ROUTED }) { id sessionId } }'))
      .createSession as { id: string; sessionId: string };
    sessionId = session.sessionId;
    archiveId = (await gqlOk(gateway.url, admin, 'mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id } }', { s: session.id }))
      .startArchive.id as string;
  } finally {
    // Stopped while the anchors run, so it holds no core.
    await gateway.child.stop();
  }

  const anchor = async (name: string, body: string, check: (json: any) => boolean, env: Record<string, string> = {}) => {
    log(`throughput: anchor ${name}`);
    const server = await startAnchor(name, env);
    try {
      return await measureHttp({ url: `${server.url}/graphql`, body }, check);
    } finally {
      await server.child.stop();
    }
  };
  const bare = await anchor('bare-http', '{"query":"{ hello }"}', (json) => json.data?.hello === 'world');
  const yoga = await anchor('yoga-hello', '{"query":"{ hello }"}', (json) => json.data?.hello === 'world');
  const yogaOpentok = await anchor(
    'yoga-opentok',
    JSON.stringify({ query: 'mutation($s: ID!) { generateToken(sessionId: $s) { token } }', variables: { s: sessionId } }),
    (json) => typeof json.data?.generateToken?.token === 'string',
    { OPENTOK_API_KEY: OPENTOK_KEY, OPENTOK_API_SECRET: OPENTOK_SECRET },
  );

  // A fresh gateway process for ours: the state it needs (session, archive) lives in the emulator.
  log('throughput: gateway generateToken');
  const ours = await startGateway(emulator.url);
  try {
    const publisher = { authorization: `Bearer ${await callerToken('video:tokens:publisher')}` };
    const generateToken = await measureHttp(
      { url: `${ours.url}/graphql`, body: JSON.stringify({ query: GENERATE_TOKEN, variables: { s: sessionId } }), headers: publisher },
      (json) => typeof json.data?.generateToken?.token === 'string' && !json.errors,
    );
    log('throughput: gateway archive(id)');
    const reader = { authorization: `Bearer ${await callerToken('video:archives:read')}` };
    const archive = await measureHttp(
      {
        url: `${ours.url}/graphql`,
        body: JSON.stringify({ query: 'query($a: ID!) { archive(id: $a) { id status } }', variables: { a: archiveId } }),
        headers: reader,
      },
      (json) => json.data?.archive?.status === 'STARTED' && !json.errors,
    );
    return { bare, yoga, yogaOpentok, generateToken, archive };
  } finally {
    await ours.child.stop();
  }
}
