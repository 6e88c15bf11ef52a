import { badUserInput } from "./errors.js";
import { NODE_TYPES, type NodeType } from "./schema/record-type-defs.js";

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The opaque global id of a record: base64url of `Type:key`. */
export const toGlobalId = (type: NodeType, key: string): string => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");

const issued = new WeakMap<object, string>();

/** {@link toGlobalId} of a record object, computed once per record (records live as long as the store). */
export function globalIdOf(type: NodeType, record: { id: string }): string {
  let id = issued.get(record);
  if (id === undefined) {
    id = toGlobalId(type, record.id);
    issued.set(record, id);
  }
  return id;
}

/** Splits a global id; null when it is not one this API issued. */
export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!BASE64URL.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  const type = decoded.slice(0, colon) as NodeType;
  const key = decoded.slice(colon + 1);
  if (colon < 0 || !NODE_TYPES.includes(type) || key.length === 0 || toGlobalId(type, key) !== id) return null;
  return { type, key };
}

/**
 * The record key behind a global id that must be of `type`; a malformed id or an id of another
 * type is a client mistake (BAD_USER_INPUT naming the argument), not a "not found".
 */
export function keyOf(id: string, type: NodeType, argumentName: string): string {
  const parsed = fromGlobalId(id);
  if (!parsed) throw badUserInput(`${argumentName}: ${JSON.stringify(id)} is not a valid id.`, argumentName);
  if (parsed.type !== type) throw badUserInput(`${argumentName}: expected an ${type} id, got an ${parsed.type} id.`, argumentName);
  return parsed.key;
}
