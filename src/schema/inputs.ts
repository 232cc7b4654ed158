/**
 * An input as the provider interface takes it: GraphQL hands an optional field the caller set to
 * null as `null`, the provider interface says absent (`undefined`) for both.
 */
export type Present<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Present<U>[]
    : T extends object
      ? { [K in keyof T]: Present<Exclude<T[K], null>> }
      : T;

/** Drops the null fields of an input, at every depth. */
export function withoutNulls<T>(value: T): Present<T> {
  if (Array.isArray(value)) return value.map(withoutNulls) as Present<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as Present<T>;
  const present = Object.entries(value).filter(([, v]) => v !== null);
  return Object.fromEntries(present.map(([k, v]) => [k, withoutNulls(v)])) as Present<T>;
}
