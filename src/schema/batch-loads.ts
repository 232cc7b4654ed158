/**
 * The per-request loaders of provider reads (docs/architecture.md#batching): every read of one
 * kind made while one request resolves is gathered, split by provider, and handed to the
 * provider's batch read when it has one (src/providers/batch-types.ts), else read one by one.
 * They hang off the request's context, so nothing outlives the request.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { GatewayError } from '../errors.js';
import type { ArchivePage, ListArchivesOptions, ProviderName, VideoProvider } from '../providers/types.js';
import type { Context } from './context.js';
import { parseLocalId } from './ids.js';

function notFound(kind: string, id: string): GatewayError {
  return new GatewayError('NOT_FOUND', `${kind} ${id.slice(0, 120)} was not found`);
}

/** A rejection as the value a loader answers with. */
const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Answers `keys` in order: `read` runs once per provider over that provider's keys (concurrently
 * across providers); a key `providerOf` refuses answers with that error, a failed read with its
 * error for each of its keys.
 */
async function perProvider<K, V>(
  keys: readonly K[],
  providerOf: (key: K) => VideoProvider | Error,
  read: (provider: VideoProvider, keys: K[]) => Promise<(V | Error)[]>,
): Promise<(V | Error)[]> {
  const results: (V | Error)[] = new Array(keys.length);
  const groups = new Map<VideoProvider, number[]>();
  keys.forEach((key, index) => {
    const provider = providerOf(key);
    if (provider instanceof Error) results[index] = provider;
    else groups.set(provider, [...(groups.get(provider) ?? []), index]);
  });
  await Promise.all(
    [...groups].map(async ([provider, indexes]) => {
      const answers = await read(
        provider,
        indexes.map((index) => keys[index] as K),
      ).catch((error: unknown) => indexes.map(() => asError(error)));
      indexes.forEach((index, i) => {
        results[index] = answers[i] ?? new Error(`${provider.name} answered a batch read with too few items`);
      });
    }),
  );
  return results;
}

/** How {@link loadByLocalIds} reads one kind of object. */
export interface LoadSpec<T> {
  /** The type name, for NOT_FOUND messages. */
  kind: string;
  /** One object by native id; null when the provider does not know it. */
  one(provider: VideoProvider, nativeId: string): Promise<T | null>;
  /** Many objects by native id, when the provider has a batch read for them (else undefined). */
  many(provider: VideoProvider, nativeIds: string[]): Promise<(T | null)[]> | undefined;
  /** Throws when the caller may not see this object (the error becomes that id's answer). */
  allow(item: T): void;
}

/**
 * Loads objects by local id (`PROVIDER:native`) for a loadable node ref: one batch read per
 * provider when it has one, else one read per id. NOT_FOUND for an id that names no configured
 * provider or an object the provider does not know.
 */
export function loadByLocalIds<T>(
  ids: readonly string[],
  registry: { has(name: ProviderName): boolean; get(name: ProviderName): VideoProvider },
  spec: LoadSpec<T>,
): Promise<(T | Error)[]> {
  const parsed = ids.map((id) => {
    const local = parseLocalId(id);
    const nativeId = local?.parts[0];
    return local && nativeId && registry.has(local.provider)
      ? { provider: registry.get(local.provider), nativeId }
      : notFound(spec.kind, id);
  });
  return perProvider(
    parsed,
    (key) => (key instanceof Error ? key : key.provider),
    async (provider, keys) => {
      const nativeIds = keys.map((key) => (key as { nativeId: string }).nativeId);
      const found = spec.many(provider, nativeIds) ?? Promise.all(nativeIds.map((nativeId) => spec.one(provider, nativeId).catch(asError)));
      return (await found).map((item, i) => {
        if (item instanceof Error) return item;
        if (item === null) return notFound(spec.kind, nativeIds[i] as string);
        try {
          spec.allow(item);
          return item;
        } catch (error) {
          return asError(error);
        }
      });
    },
  );
}

/** One listing of archives, at one provider. */
interface ArchiveListingKey {
  provider: VideoProvider;
  listing: ListArchivesOptions;
}

/**
 * The request's loader of archive listings: the listings asked for in one tick (the archives of
 * every session of a page, say) reach each provider as one `listArchivesBatch`, or one
 * `listArchives` each where it has none. It batches but does not memoise: a subscription's
 * context lives as long as the subscription, and a later event must see a fresh listing.
 */
export const archiveListings = createContextCache(
  (_ctx: Context) =>
    new DataLoader<ArchiveListingKey, ArchivePage>(
      (keys) =>
        perProvider(
          keys,
          (key) => key.provider,
          (provider, group) => {
            const listings = group.map((key) => key.listing);
            return (
              provider.listArchivesBatch?.(listings) ??
              Promise.all(listings.map((listing) => provider.listArchives(listing).catch(asError)))
            );
          },
        ),
      { cache: false },
    ),
);
