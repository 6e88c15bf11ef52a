import { typeDefs as recordTypeDefs } from "@corpus/schema";
import { Kind, parse, visit, type DocumentNode, type FieldDefinitionNode } from "graphql";

/** Record types the API makes Relay nodes: their `id` becomes the opaque global id, the record's id moves to `key`. */
export const NODE_TYPES = ["Article", "Actor", "Event"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const GLOBAL_ID_DESCRIPTION = "Globally unique, opaque identifier (see `Node`). The record's own identifier in the corpus is `key`.";

/**
 * The record SDL of `@corpus/schema`, with the description of `id` on node types rewritten: the
 * records describe their own identifier, which the API serves as `key`, while `id` carries the
 * global id. Field types and every other description are kept as printed from zod.
 */
export function apiRecordTypeDefs(source: string = recordTypeDefs): DocumentNode {
  const nodeTypes = new Set<string>(NODE_TYPES);
  let inNodeType = false;
  return visit(parse(source), {
    ObjectTypeDefinition: {
      enter: (node) => void (inNodeType = nodeTypes.has(node.name.value)),
      leave: () => void (inNodeType = false),
    },
    FieldDefinition: (field: FieldDefinitionNode) =>
      inNodeType && field.name.value === "id"
        ? { ...field, description: { kind: Kind.STRING, value: GLOBAL_ID_DESCRIPTION, block: true } }
        : undefined,
  });
}
