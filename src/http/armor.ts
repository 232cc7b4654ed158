import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What a caller's document may cost before anything executes it (docs/operations.md, Limits). */
const ARMOR_LIMITS = {
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  maxTokens: { n: 2000 },
  costLimit: { maxCost: 5000 },
};

/**
 * Makes an armor rejection a client error like any other: `extensions.code` BAD_USER_INPUT and
 * HTTP 400 whatever the Accept header (`spec: false`; it is a refusal of the request, not a
 * GraphQL-over-HTTP validation result). A rejection found while validating is reported to the
 * validation, not thrown: thrown, it escapes graphql-ws's `onSubscribe` and closes the whole
 * socket (4500) with every other subscription on it.
 */
function reject(context: unknown, error: GraphQLError): void {
  rejections.add(error);
  Object.assign(error.extensions, { code: 'BAD_USER_INPUT', http: { status: 400, spec: false } });
  if (context instanceof ValidationContext) context.reportError(error);
}

/** The rejections armor made, to tell them from other parse errors when the answer is written. */
const rejections = new WeakSet<GraphQLError>();

const onRejection = { onReject: [reject], propagateOnRejection: false };

/**
 * The graphql-armor plugin with the gateway's limits. The token limit acts while parsing, where
 * an error can only be thrown (and is, with the code above); the others report to validation.
 */
export function useArmorLimits(): Plugin {
  const armor = EnvelopArmorPlugin({
    maxDepth: { ...ARMOR_LIMITS.maxDepth, ...onRejection },
    maxAliases: { ...ARMOR_LIMITS.maxAliases, ...onRejection },
    maxDirectives: { ...ARMOR_LIMITS.maxDirectives, ...onRejection },
    costLimit: { ...ARMOR_LIMITS.costLimit, ...onRejection },
    maxTokens: { ...ARMOR_LIMITS.maxTokens, onReject: [reject], propagateOnRejection: true },
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(armor as Plugin);
      // Yoga marks every parse error `spec: true` (200 under `application/json`) after the
      // plugins' own parse hooks; before the answer is written, a token limit gets its plain 400 back.
      addPlugin({
        onResultProcess({ result }) {
          const errors = (result as { errors?: readonly GraphQLError[] }).errors ?? [];
          for (const error of errors) {
            if (rejections.has(error)) {
              Object.assign(error.extensions, { http: { status: 400, spec: false } });
            }
          }
        },
      });
    },
  };
}
