/** One GraphQL request over HTTP for the bench's setup steps, failing loudly on any error. */

/** POSTs `query` to `<url>/graphql` with a bearer `token`; returns `data`, or throws with the errors. */
export async function gqlOk<T = any>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json: { data?: T; errors?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new Error(`${res.status} from ${url}: ${text.slice(0, 300)}`);
  }
  if (res.status !== 200 || json.errors || !json.data) throw new Error(`${res.status} from ${url}: ${text.slice(0, 500)}`);
  return json.data;
}

/** Joins a simulated client to the emulator with `token` (OpenVidu recordings need a participant). */
export async function joinClient(emulatorUrl: string, token: string): Promise<void> {
  const res = await fetch(`${emulatorUrl}/emulator/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (res.status !== 201) throw new Error(`joining the emulator failed: ${res.status} ${await res.text()}`);
}
