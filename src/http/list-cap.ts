import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIST_ITEMS_MAX } from '../schema/limits.js';

/** The longest list literal in `document`'s arguments. */
function longestLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    ListValue(node) {
      longest = Math.max(longest, node.values.length);
    },
  });
  return longest;
}

/** The longest array anywhere in the variables. */
function longestVariable(value: unknown, depth = 0): number {
  if (depth > 16 || value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  let longest = Array.isArray(value) ? value.length : 0;
  for (const item of items) longest = Math.max(longest, longestVariable(item, depth + 1));
  return longest;
}

function tooLong(): GraphQLError {
  return new GraphQLError(`a list holds more than ${LIST_ITEMS_MAX} items; split the request`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400, spec: false } },
  });
}

/**
 * Refuses an operation, before it runs, when any list it passes (a literal in the document or an
 * array in its variables) is longer than {@link LIST_ITEMS_MAX}: one `nodes(ids:)` with 1,000 ids
 * would otherwise make 1,000 upstream calls. Applies to queries, mutations and subscriptions, over
 * HTTP and WebSocket.
 */
export function useListCap(): Plugin {
  // yoga's parse cache hands the same document object to every request of the same text, so
  // its longest literal is found once, not on every request.
  const literals = new WeakMap<DocumentNode, number>();
  const literalOf = (document: DocumentNode) => {
    let longest = literals.get(document);
    if (longest === undefined) {
      longest = longestLiteral(document);
      literals.set(document, longest);
    }
    return longest;
  };
  const check = (args: { document: DocumentNode; variableValues?: unknown }) =>
    Math.max(literalOf(args.document), longestVariable(args.variableValues)) > LIST_ITEMS_MAX;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (check(args)) setResultAndStopExecution({ errors: [tooLong()] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (check(args)) setResultAndStopExecution({ errors: [tooLong()] });
    },
  };
}
