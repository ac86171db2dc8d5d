/**
 * Small runtime guards for messages crossing a context boundary (content script <-> extension).
 * A message is data from another context, so it is checked before use; these stay tiny and
 * allocation-free instead of pulling a schema library into every bundle.
 */
export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (v): v is string => typeof v === 'string';
export const isNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isArrayOf<T>(guard: Guard<T>, max = 10_000): Guard<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.length <= max && v.every(guard);
}

export function isNullable<T>(guard: Guard<T>): Guard<T | null> {
  return (v): v is T | null => v === null || guard(v);
}

/** An object with exactly these typed keys (extra keys rejected, so nothing unexpected rides along). */
export function isShape<T extends Record<string, unknown>>(shape: { [K in keyof T]: Guard<T[K]> }): Guard<T> {
  const keys = Object.keys(shape);
  return (v): v is T => {
    if (!isRecord(v)) return false;
    // Own keys only: `k in shape` would let `constructor`, `toString` or `__proto__` ride along.
    for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) return false;
    return keys.every((k) => (shape as Record<string, Guard<unknown>>)[k]!(v[k]));
  };
}

/** A key that may be absent (or undefined); when present it must pass `guard`. */
export function isOptional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (v): v is T | undefined => v === undefined || guard(v);
}

/** Exactly this value (a literal in a reply such as `{ received: true }`). */
export function isLiteral<T extends string | number | boolean>(value: T): Guard<T> {
  return (v): v is T => v === value;
}

/** One of these strings. */
export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  const set = new Set<string>(values);
  return (v): v is T => typeof v === 'string' && set.has(v);
}

/** A non-negative whole number (counts, ids). */
export const isCount: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export const isEmpty: Guard<Record<string, never>> = (v): v is Record<string, never> =>
  isRecord(v) && Object.keys(v).length === 0;

/** Bounded string: guards against a hostile page flooding the extension with megabytes. */
export function isShortString(max = 2_000): Guard<string> {
  return (v): v is string => typeof v === 'string' && v.length <= max;
}
