import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.js';
import { validationFailure } from './errors.js';
import { callerHas, isAuthenticated, nodeScope, type Scope, scopeRefusal } from './scopes.js';

/**
 * The one Pothos builder. Type definitions live in the files named after them; this file only
 * sets up plugins, the context type and scalars' shapes. Input rules (`validate` on input types,
 * their fields and arguments, built from ./limits.ts) run before any resolver.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  // `scope`: the caller's token grants it (a list: all of them; ./scopes.ts); `authenticated`: any verified caller.
  AuthScopes: { scope: Scope | readonly Scope[]; authenticated: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // Scope auth first, so no other plugin's wrapper (validation included) runs for a refused
  // caller; federation after the plugins that wrap resolvers; directives is its companion (their docs).
  plugins: [ScopeAuthPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Subscriptions are checked once, when they start, not on every event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx, _info, result) => scopeRefusal(ctx, result),
    authScopes: (ctx) => ({
      scope: (scope) => (typeof scope === 'string' ? [scope] : scope).every((s) => callerHas(ctx, s)),
      authenticated: isAuthenticated(ctx),
    }),
  },
  validation: { validationError: validationFailure },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { authScopes: (_root, args) => scopesOfNodes([args.id]) },
    nodesQueryOptions: { authScopes: (_root, args) => scopesOfNodes(args.ids) },
  },
});

/** What `node`/`nodes` need: the scope of every type the ids name (each implies a verified caller), else any verified caller. */
function scopesOfNodes(ids: readonly unknown[]) {
  const scopes = [...new Set(ids.map(nodeScope).filter((s): s is Scope => s !== null))];
  return scopes.length ? { scope: scopes } : { authenticated: true };
}

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
