/**
 * `REDIS_URL` as it may be shown: the password replaced, so it can go into a log line or an error
 * (docs/operations.md#several-instances-with-redis).
 */
export function maskRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * A function that removes the password of `url` (raw and percent-decoded) from a text, for
 * messages of the Redis client that might quote it.
 */
export function redactRedisPassword(url: string): (text: string) => string {
  const raw = new URL(url).password;
  const secrets = [...new Set([raw, safeDecode(raw)])].filter((s) => s.length > 0);
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
