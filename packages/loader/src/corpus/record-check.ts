/**
 * A quick yes to "would this schema accept this record?", compiled once from a `@corpus/schema` zod schema.
 *
 * `safeParse` answers by building a copy of the record (one object per nested record, one payload and issue list
 * per property), which made zod 8% of a load and a sixth of its allocations, for copies the loader throws away.
 * The compiled check walks the record instead: the base types (string, number, enum, nullable, array, object) are
 * tested as zod's own parsers test them; a schema's regex, safe-integer, bound and refinement checks make
 * the very test zod's check makes, and any other check (string formats, superRefine) is run by zod itself (`_zod.check`, the
 * function its parser calls) on one reused payload. It answers true only
 * when each of them passes, which is when `safeParse` succeeds; otherwise the caller asks `safeParse`, which
 * then decides and locates the failure. A schema with any other construct (optional keys, defaults, transforms,
 * unions…) is not compiled: `compileRecordCheck` returns null and zod validates everything.
 */
import type { z } from "zod";

/** True only when `schema.safeParse(value)` would succeed; false means "ask zod". */
export type RecordCheck = (value: unknown) => boolean;

/** The parts of zod 4's internal schema object (`schema._zod`) the compiler reads. */
interface ZodInternals {
  def: {
    type: string;
    checks?: readonly { _zod: CheckInternals }[];
    coerce?: boolean;
    shape?: Record<string, { _zod: ZodInternals }>;
    catchall?: unknown;
    element?: { _zod: ZodInternals };
    innerType?: { _zod: ZodInternals };
    entries?: Record<string, string | number>;
  };
  traits: Set<string>;
  check?: CheckInternals["check"];
  optin?: unknown;
  optout?: unknown;
}

interface CheckInternals {
  check: (payload: Payload) => unknown;
  traits: Set<string>;
  def: { format?: string; pattern?: RegExp; value?: unknown; inclusive?: boolean; fn?: (value: unknown) => unknown };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

class UnsupportedSchema extends Error {
  override readonly name = "UnsupportedSchema";
}

const internals = (schema: unknown): ZodInternals => (schema as { _zod: ZodInternals })._zod;

/** One payload for every check: checks only read `value` and push onto `issues`, which is emptied after a failure. */
const payload: Payload = { value: undefined, issues: [] };

/** Runs one of zod's own checks on a value: true when it reports no issue (and does not answer asynchronously). */
function passes(check: CheckInternals["check"], value: unknown): boolean {
  payload.value = value;
  const answer = check(payload);
  if (payload.issues.length === 0 && !(answer instanceof Promise)) return true;
  payload.issues.length = 0;
  return false;
}

/**
 * A check as a predicate. The commonest kinds are tested inline with the very test zod's check makes (a regex,
 * a safe integer, a bound, a refinement's function); any other check is run by zod.
 */
function predicate(check: CheckInternals): RecordCheck {
  const { traits, def } = check;
  const { pattern, value: bound } = def;
  if (traits.has("$ZodCheckRegex") && pattern) {
    return pattern.global || pattern.sticky ? (value) => ((pattern.lastIndex = 0), pattern.test(value as string)) : (value) => pattern.test(value as string);
  }
  if (traits.has("$ZodCheckNumberFormat") && def.format === "safeint") return (value) => Number.isSafeInteger(value);
  if (traits.has("$ZodCheckGreaterThan") && typeof bound === "number") return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
  if (traits.has("$ZodCheckLessThan") && typeof bound === "number") return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  const refinement = def.fn;
  if (traits.has("$ZodCustom") && refinement) {
    // zod's refinement check: the function's answer, falsy for an issue; a promise cannot be answered here.
    return (value) => {
      const answer = refinement(value);
      return !(answer instanceof Promise) && Boolean(answer);
    };
  }
  return (value) => passes(check.check, value);
}

function compile(node: ZodInternals): RecordCheck {
  const { def } = node;
  if (def.coerce) throw new UnsupportedSchema("coercion");
  // A schema that is itself a check (a string format such as z.iso.date()) runs first, as in zod's parser.
  const own = node.traits.has("$ZodCheck") && node.check ? [node.check] : [];
  const checks = [...own.map((check) => (value: unknown) => passes(check, value)), ...(def.checks ?? []).map((c) => predicate(c._zod))];
  const base = compileBase(node);
  if (checks.length === 0) return base;
  if (checks.length === 1) {
    const [only] = checks as [RecordCheck];
    return (value) => base(value) && only(value);
  }
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileBase(node: ZodInternals): RecordCheck {
  const { def } = node;
  switch (def.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      // A numeric (TypeScript) enum also maps numbers back to names, which zod leaves out.
      if ([...values].some((entry) => typeof entry !== "string")) throw new UnsupportedSchema("numeric enum");
      return (value) => values.has(value as string);
    }
    case "nullable": {
      const inner = compile(internals(def.innerType));
      return (value) => value === null || inner(value);
    }
    case "array": {
      const element = compile(internals(def.element));
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case "object": {
      if (def.catchall !== undefined) throw new UnsupportedSchema("catchall");
      const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => {
        const field = internals(schema);
        if (key === "__proto__" || field.optin !== undefined || field.optout !== undefined) throw new UnsupportedSchema(`optional or special key ${key}`);
        return [key, compile(field)] as const;
      });
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const [key, check] of fields) if (!check(record[key])) return false;
        return true;
      };
    }
    default:
      throw new UnsupportedSchema(def.type);
  }
}

/**
 * The quick check of a schema, or null when it uses a construct the compiler does not know (then validate with
 * `safeParse` alone). Refinements see the record as given rather than zod's copy of its known keys, the same
 * values: the schemas' refinements read their own fields only.
 */
export function compileRecordCheck(schema: z.ZodType): RecordCheck | null {
  try {
    return compile(internals(schema));
  } catch (error) {
    if (error instanceof UnsupportedSchema) return null;
    throw error;
  }
}

/** `schema.safeParse(value).error`, asked only when the quick check does not vouch for the value. */
export function validationError<T>(schema: z.ZodType<T>, check: RecordCheck | null, value: unknown): z.ZodError | undefined {
  if (check?.(value)) return undefined;
  return schema.safeParse(value).error;
}
