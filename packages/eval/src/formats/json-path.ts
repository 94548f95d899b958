import { BadRequestError } from "@spanlight/core";
import { isPlainObject } from "./dataset-record.ts";

/**
 * Definite JSON paths for field mappings: `$`, `$.a.b`, `$.a[0]`, `$['key with spaces']`,
 * `$["k"][2].c`. Hand-written on purpose: a mapping needs to read *and write* one location, which the
 * query libraries (jsonpath-plus, jsonpath) do not do, and the wildcards, filters and script
 * expressions they add are exactly what a user-supplied mapping must not run.
 */
export type TJsonPathSegment = string | number;

export class JsonPathError extends BadRequestError {
  constructor(path: string, reason: string) {
    super(`Invalid JSON path "${path}": ${reason}`);
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*/;

export function parseJsonPath(path: string): TJsonPathSegment[] {
  if (!path.startsWith("$")) throw new JsonPathError(path, 'it must start with "$"');
  const segments: TJsonPathSegment[] = [];
  let rest = path.slice(1);
  while (rest !== "") {
    if (rest.startsWith(".")) {
      const name = IDENTIFIER.exec(rest.slice(1))?.[0];
      if (name === undefined) throw new JsonPathError(path, `expected a name after "." at "${rest}"`);
      segments.push(name);
      rest = rest.slice(1 + name.length);
      continue;
    }
    const bracket = /^\[(?:(\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
    if (bracket === null) throw new JsonPathError(path, `expected ".name", "[index]" or "['name']" at "${rest}"`);
    const [whole, index, single, double] = bracket;
    segments.push(index !== undefined ? Number(index) : unescapeQuoted(single ?? double ?? ""));
    rest = rest.slice(whole.length);
  }
  return segments;
}

export function isJsonPath(path: string): boolean {
  try {
    parseJsonPath(path);
    return true;
  } catch {
    return false;
  }
}

/** The value at the path, or undefined when any step is missing. */
export function getJsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of parseJsonPath(path)) {
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/**
 * A copy of `root` with `value` at the path, creating objects (for names) and arrays (for indices)
 * on the way; `$` replaces the root. Inputs are never mutated.
 */
export function setJsonPath(root: unknown, path: string, value: unknown): unknown {
  return setAt(root, parseJsonPath(path), value);
}

function setAt(current: unknown, segments: readonly TJsonPathSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...tail] = segments;
  if (typeof head === "number") {
    const array = Array.isArray(current) ? [...(current as unknown[])] : [];
    while (array.length < head) array.push(null);
    array[head] = setAt(array[head], tail, value);
    return array;
  }
  const object = isPlainObject(current) ? { ...current } : {};
  // defineProperty, not assignment: a mapping to "__proto__" must make a key, not a prototype.
  Object.defineProperty(object, head!, {
    value: setAt(object[head!], tail, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return object;
}

export type TFieldMapping = ReadonlyArray<{ from: string; to: string }>;

/**
 * Builds a new object from `source` by the mapping, in order (a later entry can refine what an
 * earlier one placed). A `from` path that finds nothing leaves its `to` path unset.
 */
export function applyFieldMapping(source: unknown, mapping: TFieldMapping): Record<string, unknown> {
  let target: unknown = {};
  for (const { from, to } of mapping) {
    const value = getJsonPath(source, from);
    if (value !== undefined) target = setJsonPath(target, to, value);
  }
  return isPlainObject(target) ? target : { value: target };
}

function unescapeQuoted(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}
