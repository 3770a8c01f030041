/**
 * A small kit of shape checks for JSON data, made for the feed's entries: a check walks a value
 * once, builds a fresh copy with only the known keys (or, if asked, none), and allocates nothing
 * else while the value is good (no issue objects, no path arrays, no intermediate results). That matters at 10,000
 * sessions, where a general-purpose schema library spent most of normalization in allocation and
 * garbage collection.
 *
 * Messages complete a sentence that starts with the field's name: "title must be a string".
 * A shape is also a plain description (`kind`, `entries`, `item`, `wrapped`) that validate.ts walks
 * along an issue's keys to find what to prune.
 */

/** The result of a check that found a problem (its issues are in the list passed in). */
export const FAILED: unique symbol = Symbol('failed');
export type Failed = typeof FAILED;

/** A problem found by a check: the keys from the checked value down to the bad one, what is wrong, and the bad value (undefined when missing). */
export interface ShapeIssue {
  readonly keys: readonly (string | number)[];
  readonly message: string;
  readonly input: unknown;
}

/** Where a check is in the value (a stack of keys shared by the whole check) and where issues go. */
interface Cursor {
  readonly keys: (string | number)[];
  readonly issues: ShapeIssue[];
  /** Build a copy (with only the known keys); else hand back the checked value itself. */
  readonly copy: boolean;
  /** Set when a value was refined (a URL cleaned): without a copy, the refined value is lost. */
  refined: boolean;
}

/** A shape: what a value must look like, and its check. */
export interface Shape<T> {
  readonly kind: 'value' | 'optional' | 'array' | 'object' | 'map';
  /** The shapes of an object's keys. */
  readonly entries?: Readonly<Record<string, Shape<unknown>>>;
  /** The shape of an array's elements, or of a map's values. */
  readonly item?: Shape<unknown>;
  /** The shape of an optional value that is present. */
  readonly wrapped?: Shape<unknown>;
  /** The checked value (a copy for objects and arrays), or FAILED with the issues added at the cursor. */
  check(value: unknown, at: Cursor): T | Failed;
}

/** The type a shape checks for. */
export type Output<S> = S extends Shape<infer T> ? T : never;

function fail(at: Cursor, message: string, input: unknown): Failed {
  at.issues.push({ keys: [...at.keys], message, input });
  return FAILED;
}

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value that `accepts` lets through as it is. `message` says what it must be when refused (a
 * function of the refused value when one test stands for several steps: "must be a string", then
 * "must not be blank").
 */
export function value<T>(accepts: (input: unknown) => boolean, message: string | ((input: unknown) => string)): Shape<T> {
  return {
    kind: 'value',
    check: (input, at) => (accepts(input) ? (input as T) : fail(at, typeof message === 'string' ? message : message(input), input)),
  };
}

/** A value of `shape` refined by `map` (a URL cleaned), or refused with `message` when `map` gives undefined. */
export function mapped<T>(shape: Shape<T>, map: (value: T) => T | undefined, message: string): Shape<T> {
  return {
    kind: 'value',
    check(input, at) {
      const checked = shape.check(input, at);
      if (checked === FAILED) return checked;
      const converted = map(checked);
      if (converted === undefined) return fail(at, message, input);
      if (converted !== checked) at.refined = true;
      return converted;
    },
  };
}

/** A key that may be absent (or undefined). */
export function optional<T>(wrapped: Shape<T>): Shape<T | undefined> {
  return { kind: 'optional', wrapped, check: (input, at) => (input === undefined ? undefined : wrapped.check(input, at)) };
}

/** An array of `item`s: every bad element is reported, and the array fails if any is. */
export function array<T>(item: Shape<T>, message: string): Shape<T[]> {
  return {
    kind: 'array',
    item,
    check(input, at) {
      if (!Array.isArray(input)) return fail(at, message, input);
      const output: T[] | undefined = at.copy ? new Array<T>(input.length) : undefined;
      let ok = true;
      for (let index = 0; index < input.length; index++) {
        at.keys.push(index);
        const checked = item.check(input[index], at);
        at.keys.pop();
        if (checked === FAILED) ok = false;
        else if (output) output[index] = checked;
      }
      return ok ? (output ?? (input as T[])) : FAILED;
    },
  };
}

/**
 * A value of `plain` (a string), or a map from keys that pass `keyOk` to values of `plain` (a text
 * by language). Every bad key and value is reported at its key (bad keys with the key as input,
 * after `keyMessage`), and so is a map without entries (`emptyMessage`); a map fails if any is.
 */
export function plainOrMap<T>(
  plain: Shape<T>,
  keyOk: (key: string) => boolean,
  keyMessage: string,
  emptyMessage: string,
  message: string,
): Shape<T | { [key: string]: T }> {
  return {
    kind: 'map',
    item: plain,
    check(input, at) {
      if (!isRecord(input)) return typeof input === 'string' ? plain.check(input, at) : fail(at, message, input);
      const keys = Object.keys(input);
      if (keys.length === 0) return fail(at, emptyMessage, input);
      const output: Record<string, T> | undefined = at.copy ? {} : undefined;
      let ok = true;
      for (const key of keys) {
        at.keys.push(key);
        const checked = keyOk(key) ? plain.check(input[key], at) : fail(at, keyMessage, key);
        at.keys.pop();
        if (checked === FAILED) ok = false;
        else if (output) output[key] = checked;
      }
      return ok ? (output ?? (input as Record<string, T>)) : FAILED;
    },
  };
}

/** The output of an object shape: optional entries become optional keys. */
type ObjectOutput<E extends Record<string, Shape<unknown>>> = {
  -readonly [K in keyof E as undefined extends Output<E[K]> ? never : K]: Output<E[K]>;
} & {
  -readonly [K in keyof E as undefined extends Output<E[K]> ? K : never]?: Exclude<Output<E[K]>, undefined>;
};

/**
 * An object with these keys, checked in this order. Unknown keys are dropped; a missing required
 * key is reported (with an undefined input); every bad key is reported, and the object fails if any is.
 */
export function object<E extends Record<string, Shape<unknown>>>(entries: E, message = 'must be an object'): Shape<ObjectOutput<E>> {
  const keys = Object.keys(entries);
  return {
    kind: 'object',
    entries,
    check(input, at) {
      if (!isRecord(input)) return fail(at, message, input);
      const output: Record<string, unknown> | undefined = at.copy ? {} : undefined;
      let ok = true;
      for (const key of keys) {
        const entry = entries[key]!;
        const field = input[key];
        if (field === undefined) {
          if (entry.kind === 'optional') continue;
          at.keys.push(key);
          fail(at, 'is missing', undefined);
          at.keys.pop();
          ok = false;
          continue;
        }
        at.keys.push(key);
        const checked = entry.check(field, at);
        at.keys.pop();
        if (checked === FAILED) ok = false;
        else if (output) output[key] = checked;
      }
      return ok ? ((output ?? input) as ObjectOutput<E>) : FAILED;
    },
  };
}

/** The result of {@link checkShape}: the checked copy, or the issues. */
export type ShapeResult<T> = { readonly ok: true; readonly output: T } | { readonly ok: false; readonly issues: readonly ShapeIssue[] };

/**
 * Checks a value against a shape. The output is a copy with only the known keys; with `copy: false`,
 * a good value comes back as it is (unknown keys and all) unless a part of it had to be refined,
 * which then costs a copy after all. That is for a reader that copies what it keeps anyway.
 */
export function checkShape<T>(shape: Shape<T>, input: unknown, { copy = true } = {}): ShapeResult<T> {
  const at: Cursor = { keys: [], issues: [], copy, refined: false };
  const output = shape.check(input, at);
  if (output === FAILED) return { ok: false, issues: at.issues };
  return at.refined && !copy ? checkShape(shape, input) : { ok: true, output };
}

/** A short, safe rendering of a bad value for a message. */
export function brief(value: unknown): string {
  let shown: string | undefined;
  try {
    shown = JSON.stringify(value);
  } catch {
    // BigInt or a cycle in an object handed in by code: its type is description enough.
  }
  shown ??= typeof value;
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** `people[1].id`, `title["pt-BR"]` from an issue's keys (a key that is not a name, such as a language tag, in quotes). */
export function fieldName(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : !/^[A-Za-z_$][\w$]*$/.test(k) ? `[${JSON.stringify(k)}]` : i === 0 ? k : `.${k}`)).join('');
}
