/**
 * A quick yes to "would this schema accept this record?", compiled once from a `@corpus/schema` zod schema.
 *
 * `safeParse` answers by building a copy of the record (one object per nested record, one payload and issue list
 * per property), which made zod 8% of a load and a sixth of its allocations, for copies the loader throws away.
 * The compiled check walks the record instead: the base types (string, number, enum, nullable, array, object) are
 * tested as zod's own parsers test them; a schema's regex, safe-integer, bound and refinement checks make the very
 * test zod's check makes, and any other check (string formats, superRefine) is run by zod itself (`_zod.check`,
 * the function its parser calls) on one reused payload. It answers true only
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
 * The check is generated as JavaScript, one function per object and array schema with its fields' tests inline
 * (as zod's own JIT does for its parser): each test then has a call site of its own that the engine can inline,
 * where a loop over per-field closures made every call megamorphic. `deps` holds what the code refers to
 * (patterns, enum sets, refinements, nested functions) as `d[i]`; no text of the schema enters the code but
 * property names, written as JSON strings.
 */
class Generator {
  readonly deps: unknown[] = [];

  private dep(value: unknown): string {
    this.deps.push(value);
    return `d[${this.deps.length - 1}]`;
  }

  /** A boolean expression that is true only when variable `x` passes the schema (base type and checks). */
  expression(node: ZodInternals, x: string): string {
    const { def } = node;
    if (def.coerce) throw new UnsupportedSchema("coercion");
    const tests = [this.base(node, x)];
    // A schema that is itself a check (a string format such as z.iso.date()) runs first, as in zod's parser.
    if (node.traits.has("$ZodCheck") && node.check) tests.push(`${this.dep(zodCheck(node.check))}(${x})`);
    for (const check of def.checks ?? []) tests.push(this.check(check._zod, x));
    return tests.length === 1 ? tests[0]! : `(${tests.join(" && ")})`;
  }

  /** A check as an expression: the commonest kinds make the very test zod's check makes; any other is run by zod. */
  private check(check: CheckInternals, x: string): string {
    const { traits, def } = check;
    const { pattern, value: bound } = def;
    if (traits.has("$ZodCheckRegex") && pattern) {
      const regex = this.dep(pattern);
      return pattern.global || pattern.sticky ? `(${regex}.lastIndex = 0, ${regex}.test(${x}))` : `${regex}.test(${x})`;
    }
    if (traits.has("$ZodCheckNumberFormat") && def.format === "safeint") return `Number.isSafeInteger(${x})`;
    if (traits.has("$ZodCheckGreaterThan") && typeof bound === "number") return `${x} ${def.inclusive ? ">=" : ">"} ${this.dep(bound)}`;
    if (traits.has("$ZodCheckLessThan") && typeof bound === "number") return `${x} ${def.inclusive ? "<=" : "<"} ${this.dep(bound)}`;
    const refinement = def.fn;
    if (traits.has("$ZodCustom") && refinement) return `${this.dep(refinementCheck(refinement))}(${x})`;
    return `${this.dep(zodCheck(check.check))}(${x})`;
  }

  private base(node: ZodInternals, x: string): string {
    const { def } = node;
    switch (def.type) {
      case "string":
        return `typeof ${x} === "string"`;
      case "number":
        return `(typeof ${x} === "number" && Number.isFinite(${x}))`;
      case "enum": {
        const values = new Set(Object.values(def.entries ?? {}));
        // A numeric (TypeScript) enum also maps numbers back to names, which zod leaves out.
        if ([...values].some((entry) => typeof entry !== "string")) throw new UnsupportedSchema("numeric enum");
        return `${this.dep(values)}.has(${x})`;
      }
      case "nullable":
        return `(${x} === null || ${this.expression(internals(def.innerType), x)})`;
      case "array": {
        const element = this.expression(internals(def.element), "x");
        const body = `if (!Array.isArray(v)) return false; for (let i = 0; i < v.length; i++) { const x = v[i]; if (!(${element})) return false; } return true;`;
        return `${this.dep(this.function(body))}(${x})`;
      }
      case "object": {
        if (def.catchall !== undefined) throw new UnsupportedSchema("catchall");
        const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => {
          const field = internals(schema);
          if (key === "__proto__" || field.optin !== undefined || field.optout !== undefined) throw new UnsupportedSchema(`optional or special key ${key}`);
          return `x = v[${JSON.stringify(key)}]; if (!(${this.expression(field, "x")})) return false;`;
        });
        const body = `if (typeof v !== "object" || v === null || Array.isArray(v)) return false; let x; ${fields.join(" ")} return true;`;
        return `${this.dep(this.function(body))}(${x})`;
      }
      default:
        throw new UnsupportedSchema(def.type);
    }
  }

  /** A function of `v` with the given body, seeing the dependencies gathered so far and later as `d`. */
  private function(body: string): RecordCheck {
    return new Function("d", `"use strict"; return function check(v) { ${body} };`)(this.deps) as RecordCheck;
  }

  compile(node: ZodInternals): RecordCheck {
    return this.function(`return ${this.expression(node, "v")};`);
  }
}

/** zod's refinement check as a predicate: the function's answer, falsy for an issue; a promise cannot be answered here. */
function refinementCheck(refinement: (value: unknown) => unknown): RecordCheck {
  return (value) => {
    const answer = refinement(value);
    return !(answer instanceof Promise) && Boolean(answer);
  };
}

/** One of zod's own checks as a predicate. */
function zodCheck(check: CheckInternals["check"]): RecordCheck {
  return (value) => passes(check, value);
}

/**
 * The quick check of a schema, or null when it uses a construct the compiler does not know (then validate with
 * `safeParse` alone). Refinements see the record as given rather than zod's copy of its known keys, the same
 * values: the schemas' refinements read their own fields only.
 */
export function compileRecordCheck(schema: z.ZodType): RecordCheck | null {
  try {
    return new Generator().compile(internals(schema));
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
