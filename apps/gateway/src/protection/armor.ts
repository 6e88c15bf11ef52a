import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES } from "../limits.js";

/**
 * graphql-armor's depth, alias and directive limits, as validation rules. Its cost limit is off (it ignores `first: $var`; our cost plugin prices variables) and so
 * is its token limit (it turns every syntax error into HTTP 500; `parseOptions.maxTokens` is used
 * instead). Depth is 15, not armor's 6, so that legitimate 3-hop Relay queries pass.
 */
export function armorProtection(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<BaseContext>[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: MAX_DIRECTIVES },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions already; armor's plugin rewrites
    // every error's message in place, which failed on graphql-jit's errors (read-only messages).
    blockFieldSuggestion: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
  // armor ships CJS-only typings whose ApolloServerPlugin differs nominally from the ESM one (toolchain note, pitfall 9).
  return { validationRules: armor.validationRules, plugins: armor.plugins as unknown as ApolloServerPlugin<BaseContext>[] };
}
