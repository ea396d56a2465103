/**
 * A fast yes/no check compiled from a zod schema: the same schema, walked once into plain closures.
 *
 * zod's parse builds a fresh copy of the input with an issue list along the way; for a dataset of
 * 10,000 events that is the slowest step of loading after `JSON.parse`. The compiled check only
 * answers "would zod accept this exactly as it is?" — true means zod's parse would succeed and return
 * a value equal to the input (no unknown key stripped, nothing transformed), so the input can be used
 * as is. False means "ask zod": the caller parses with the schema itself, which gives zod's result
 * and its error message. Anything the compiler does not know (formats such as `url`, refinements,
 * other types) is checked by zod's own parse of that one value, so the two can never disagree.
 */
import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
  catchall?: unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
}

type Schema = z.ZodMiniType;

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** zod's own verdict on one value, accepted only when its output is that very value. */
function byZod(schema: Schema): Check {
  return (value) => {
    const result = schema['~standard'].validate(value);
    return !(result instanceof Promise) && !result.issues && Object.is(result.value, value);
  };
}

/** Compiles the length and pattern checks of a string or array; undefined if one is unknown. */
function compileChecks(def: Def, length: (value: never) => number): Check[] | undefined {
  const compiled: Check[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) {
      const min = c.minimum;
      compiled.push((v) => length(v as never) >= min);
    } else if (c.check === 'max_length' && c.maximum !== undefined) {
      const max = c.maximum;
      compiled.push((v) => length(v as never) <= max);
    } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const pattern = c.pattern;
      // Only a global or sticky pattern keeps state between tests.
      if (pattern.global || pattern.sticky) {
        compiled.push((v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        });
      } else compiled.push((v) => pattern.test(v as string));
    } else return undefined;
  }
  return compiled;
}

const all = (checks: readonly Check[], value: unknown) => {
  for (let i = 0; i < checks.length; i++) if (!checks[i]!(value)) return false;
  return true;
};

/** Compiles `schema` into a check that is true only where zod's parse returns the input unchanged. */
export function compileSchemaCheck(schema: Schema): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const checks = def.format ? undefined : compileChecks(def, (v: string) => v.length);
      if (!checks) return byZod(schema);
      if (checks.length === 0) return (v) => typeof v === 'string';
      if (checks.length === 1) {
        const only = checks[0]!;
        return (v) => typeof v === 'string' && only(v);
      }
      return (v) => typeof v === 'string' && all(checks, v);
    }
    case 'enum':
    case 'literal': {
      const allowed = new Set(def.type === 'enum' ? Object.values(def.entries ?? {}) : def.values);
      if (def.checks?.length) return byZod(schema);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      if (!def.innerType || def.checks?.length) return byZod(schema);
      const inner = compileSchemaCheck(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const checks = def.element ? compileChecks(def, (v: unknown[]) => v.length) : undefined;
      if (!checks || !def.element) return byZod(schema);
      const element = compileSchemaCheck(def.element);
      return (v) => {
        if (!Array.isArray(v) || !all(checks, v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      if (!def.shape || def.catchall !== undefined || def.checks?.length) return byZod(schema);
      const keys = Object.keys(def.shape);
      const checks = keys.map((key) => compileSchemaCheck(def.shape![key]!));
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const record = v as Record<string, unknown>;
        // An unknown key is stripped by zod: the input is then not zod's output. Counting keys
        // instead of looking each one up: every key of the input must be one of the known keys
        // with a value, so the counts match only when there is no other key. (A known key whose
        // value is undefined counts as unknown: false, which only means "ask zod".)
        let count = 0;
        // for…in counts without the array Object.keys would allocate for every event.
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        for (const _key in record) count++;
        let present = 0;
        for (let i = 0; i < keys.length; i++) {
          const value = record[keys[i]!];
          if (value !== undefined) present++;
          if (!checks[i]!(value)) return false;
        }
        return present === count;
      };
    }
    default:
      return byZod(schema);
  }
}
