/**
 * `npm run token -- --scope "video:sessions:write video:tokens:publisher" [--sessions id1,id2]
 * [--hours 1] [--sub dev]`: prints a caller JWT signed with AUTH_JWT_SECRET (HS256), for local
 * development against a gateway started with the same secret (docs/operations.md, Callers and scopes).
 * AUTH_ISSUER and AUTH_AUDIENCE, when set, go into the token as the gateway requires them.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';

const { values } = parseArgs({
  options: {
    scope: { type: 'string', default: 'video:admin' },
    sessions: { type: 'string' },
    hours: { type: 'string', default: '1' },
    sub: { type: 'string', default: 'local-developer' },
  },
});

const secret = process.env.AUTH_JWT_SECRET;
if (!secret) {
  console.error('AUTH_JWT_SECRET: set it to the secret the gateway runs with (at least 32 characters)');
  process.exit(1);
}
const hours = Number(values.hours);
if (!(hours > 0 && hours <= 24 * 30)) {
  console.error('--hours: a number of hours, at most 720');
  process.exit(1);
}

let jwt = new SignJWT({
  scope: values.scope,
  ...(values.sessions ? { video_sessions: values.sessions.split(',').map((s) => s.trim()) } : {}),
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(`${hours}h`);
if (process.env.AUTH_ISSUER) jwt = jwt.setIssuer(process.env.AUTH_ISSUER);
if (process.env.AUTH_AUDIENCE) jwt = jwt.setAudience(process.env.AUTH_AUDIENCE);

console.log(await jwt.sign(new TextEncoder().encode(secret)));
