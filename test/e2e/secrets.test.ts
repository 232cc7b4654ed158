import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';
import { hsToken } from '../helpers/caller-tokens.js';
import { until } from '../helpers/until.js';

/**
 * Canary test: a gateway process with known secrets, logging at debug level, goes through a whole
 * walk-through (tokens, archives, signed webhooks, errors) as an authenticated caller; none of
 * the secrets (the caller-auth secret included), nor any minted token, nor a caller's JWT (valid,
 * expired or forged), may appear in anything it prints or answers in an error.
 */
describe('secrets in logs and errors', () => {
  const WEBHOOK_SECRET = 'canary-webhook-secret-4242';
  const OV_HOOK_TOKEN = 'canary-openvidu-hook-token';
  const AUTH_SECRET = 'canary-caller-auth-secret-0123456789';
  let emulator: Emulator;

  beforeAll(async () => {
    await compiled();
    emulator = await createEmulator({
      archiveReadyDelayMs: 50,
      callbackSecret: WEBHOOK_SECRET,
      vonageCallbackSecret: WEBHOOK_SECRET,
      openvidu: { secret: 'canary-openvidu-secret-77' },
      openviduWebhookToken: OV_HOOK_TOKEN,
    });
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await emulator?.close();
  });

  it('should keep API secrets, webhook secrets and tokens out of logs and errors', async () => {
    const child = spawn(process.execPath, [COMPILED.gateway], {
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'debug',
        OPENTOK_API_KEY: emulator.opentok.apiKey,
        OPENTOK_API_SECRET: emulator.opentok.apiSecret,
        OPENTOK_API_URL: emulator.url,
        OPENTOK_WEBHOOK_SECRET: WEBHOOK_SECRET,
        VONAGE_APPLICATION_ID: emulator.vonage.applicationId,
        VONAGE_PRIVATE_KEY: emulator.vonage.privateKey,
        VONAGE_VIDEO_HOST: emulator.url,
        VONAGE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        OPENVIDU_URL: emulator.url,
        OPENVIDU_SECRET: 'canary-openvidu-secret-77',
        OPENVIDU_WEBHOOK_TOKEN: OV_HOOK_TOKEN,
        AUTH_JWT_SECRET: AUTH_SECRET,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (d) => (output += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line: ${output}`)), 20_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        output += `${line}\n`;
        const match = /GraphiQL at (http:\/\/[^\s]+)\/graphql/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    emulator.configure({
      callbackUrl: `${url}/webhooks/opentok`,
      vonageCallbackUrl: `${url}/webhooks/vonage`,
      openviduWebhookUrl: `${url}/webhooks/openvidu`,
    });

    const answers: string[] = [];
    const callerJwt = await hsToken({ scope: 'video:admin', sub: 'canary-caller' }, AUTH_SECRET);
    const refusedJwts = [
      await hsToken({ scope: 'video:admin', expiresIn: -120 }, AUTH_SECRET),
      await hsToken({ scope: 'video:admin' }, 'a-forger-secret-of-at-least-32-chars!!'),
    ];
    const gql = async (query: string, variables: Record<string, unknown> = {}, jwt = callerJwt) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { errors?: unknown[] };
      // Errors only: a minted token is meant to be in generateToken's own answer.
      answers.push(JSON.stringify(json.errors ?? []));
      return json as any;
    };
    const tokens: string[] = [];
    const archives: string[] = [];
    for (const provider of ['OPENTOK', 'VONAGE', 'OPENVIDU']) {
      const s = (await gql(`mutation { createSession(input: { provider: ${provider}, mediaMode: ROUTED }) { id } }`)).data.createSession.id;
      const token = (await gql('mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token } }', { s })).data.generateToken.token;
      tokens.push(token);
      const join = await fetch(`${emulator.url}/emulator/clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      const { connectionId } = (await join.json()) as { connectionId: string };
      await fetch(`${emulator.url}/emulator/clients/${connectionId}/streams`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"hasAudio":true,"hasVideo":true}',
      });
      const started = (await gql('mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id archiveId } }', { s })).data.startArchive;
      const archive = started.id;
      archives.push(started.archiveId);
      await gql('mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id } }', { s }); // CONFLICT
      await gql('mutation($a: ID!) { stopArchive(id: $a) { status } }', { a: archive });
      await gql(
        'mutation($s: ID!) { dialSip(input: { sessionId: $s, uri: "sip:a@example.com", auth: { username: "u", password: "canary-sip-password" } }) { id } }',
        { s },
      );
    }
    for (const jwt of refusedJwts) await gql('{ providers { name } }', {}, jwt); // UNAUTHENTICATED
    // A forged webhook and an upstream failure, so error paths log too.
    await fetch(`${url}/webhooks/opentok`, { method: 'POST', headers: { authorization: 'Bearer x.y.z' }, body: '{}' });
    // The last webhooks come on the emulator's ready timer: wait until the gateway has logged them.
    await until('the ready webhooks to be logged', () => archives.every((id) => output.includes(`${id}:AVAILABLE`)), 10_000);

    // 'close', not 'exit': every line the process wrote has been read then.
    const closed = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    await closed;

    expect(output).toContain('webhook received'); // the logs did cover the webhook path
    expect(answers.join('')).toContain('CONFLICT'); // and error answers were produced
    expect(answers.join('')).toContain('UNAUTHENTICATED'); // refused callers too
    const everything = output + answers.join('\n');
    for (const secret of [
      emulator.opentok.apiSecret,
      // The Vonage private key, whole or any line of its body.
      emulator.vonage.privateKey,
      ...emulator.vonage.privateKey.split('\n').filter((line) => line.length > 40),
      WEBHOOK_SECRET,
      'canary-openvidu-secret-77',
      OV_HOOK_TOKEN,
      'canary-sip-password',
      ...tokens,
      AUTH_SECRET,
      callerJwt,
      ...refusedJwts,
      // A signature alone would be enough to replay a token.
      ...[callerJwt, ...refusedJwts].map((jwt) => jwt.split('.')[2]!),
    ]) {
      expect(everything).not.toContain(secret);
    }
    // Basic credentials of OpenVidu, base64-encoded, neither.
    expect(everything).not.toContain(Buffer.from('OPENVIDUAPP:canary-openvidu-secret-77').toString('base64'));
  }, 60_000);
});
