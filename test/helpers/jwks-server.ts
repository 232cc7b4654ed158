/** A local identity provider for tests: a JWKS on node:http (127.0.0.1, ephemeral port) and the keys to sign with. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { TestClaims } from './caller-tokens.js';

type Alg = 'RS256' | 'ES256';

/** One signing key of the provider. */
interface SigningKey {
  kid: string;
  alg: Alg;
  privateKey: CryptoKey;
  jwk: JWK;
}

/** The running JWKS server. */
export interface JwksServer {
  /** `http://127.0.0.1:<port>/.well-known/jwks.json` */
  url: string;
  /** How many times the JWKS was fetched. */
  readonly fetches: number;
  /** Adds a key (published from now on); returns its kid. */
  addKey(alg?: Alg): Promise<string>;
  /** Signs a caller token with the key `kid` (default: the newest). */
  sign(claims: TestClaims, kid?: string): Promise<string>;
  close(): Promise<void>;
}

async function newKey(kid: string, alg: Alg): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** Starts a JWKS server publishing one RS256 key. */
export async function startJwksServer(): Promise<JwksServer> {
  const keys: SigningKey[] = [await newKey('key-1', 'RS256')];
  let fetches = 0;
  const server = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: keys.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get fetches() {
      return fetches;
    },
    async addKey(alg = 'RS256') {
      const key = await newKey(`key-${keys.length + 1}`, alg);
      keys.push(key);
      return key.kid;
    },
    async sign(claims, kid) {
      const key = kid ? keys.find((k) => k.kid === kid) : keys.at(-1);
      if (!key) throw new Error(`no key ${kid}`);
      return signWith(key.privateKey, key.alg, key.kid, claims);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Signs a caller token with any key (a forger's, in tests). */
export async function signWith(privateKey: CryptoKey, alg: Alg, kid: string, claims: TestClaims): Promise<string> {
  const { expiresIn = 600, iss, aud, sub = 'test-caller', ...rest } = claims;
  let jwt = new SignJWT({ ...rest })
    .setProtectedHeader({ alg, kid })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn);
  if (iss) jwt = jwt.setIssuer(iss);
  if (aud) jwt = jwt.setAudience(aud);
  return jwt.sign(privateKey);
}

/** A key pair nobody published, for forged tokens. */
export async function forgerKey(alg: Alg = 'RS256'): Promise<CryptoKey> {
  return (await generateKeyPair(alg)).privateKey;
}
