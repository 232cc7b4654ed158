/**
 * Whether a provider's own error message may be shown to callers. Most upstream bodies are never
 * shown; a short `message` of a 400-class answer is, when it passes these checks.
 */

/** What a provider adds to the shared checks. */
interface ShowableRules {
  /** Longest message shown. */
  maxLength: number;
  /** The provider's credentials and tokens (`T1==...`, `tok_...`, ...): a match withholds the message. */
  secretLike: RegExp;
  /** A configured secret: a message containing it is withheld. */
  secret?: string | undefined;
}

/**
 * Short, single-line printable ASCII, free of markup and long opaque strings (keys, JWT parts),
 * and matching none of the provider's secret shapes.
 */
export function isShowable(message: string | null, rules: ShowableRules): message is string {
  if (message === null) return false;
  const m = message.trim();
  return (
    m.length > 0 &&
    m.length <= rules.maxLength &&
    /^[\x20-\x7e]+$/.test(m) &&
    !/[<>{}]/.test(m) &&
    !/[A-Za-z0-9+/_-]{40,}/.test(m) &&
    !rules.secretLike.test(m) &&
    (rules.secret === undefined || rules.secret === '' || !m.includes(rules.secret))
  );
}
