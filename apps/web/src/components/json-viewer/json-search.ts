/** Separates path segments; a control character no JSON key written by people contains. */
export const PATH_SEPARATOR = "\u001f";

export type TJsonMatches = {
  /** Paths whose key or primitive value contains the query. */
  matches: ReadonlySet<string>;
  /** Containers that hold a match somewhere below, opened so the match is on screen. */
  ancestors: ReadonlySet<string>;
  isTruncated: boolean;
};

export const NO_MATCHES: TJsonMatches = { matches: new Set(), ancestors: new Set(), isTruncated: false };

// Past this many visited values the search stops and says so, keeping a keystroke under ~50 ms on a
// multi-megabyte payload.
const MAX_VISITED = 200_000;

export function childPath(parent: string, key: string | number): string {
  return parent === "" ? String(key) : `${parent}${PATH_SEPARATOR}${key}`;
}

/** Case-insensitive search over keys and primitive values, iterative so deep payloads cannot overflow. */
export function findJsonMatches(value: unknown, rawQuery: string): TJsonMatches {
  const query = rawQuery.trim().toLowerCase();
  if (query === "") return NO_MATCHES;
  const matches = new Set<string>();
  const ancestors = new Set<string>();
  const stack: Array<{ value: unknown; path: string; key: string | null }> = [{ value, path: "", key: null }];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_VISITED) {
    const item = stack.pop()!;
    visited++;
    const isKeyMatch = item.key !== null && item.key.toLowerCase().includes(query);
    const isValueMatch = isPrimitive(item.value) && String(item.value).toLowerCase().includes(query);
    if (isKeyMatch || isValueMatch) {
      matches.add(item.path);
      addAncestors(item.path, ancestors);
    }
    if (item.value === null || typeof item.value !== "object") continue;
    for (const [key, child] of Object.entries(item.value))
      stack.push({ value: child, path: childPath(item.path, key), key });
  }
  return { matches, ancestors, isTruncated: stack.length > 0 };
}

function addAncestors(path: string, ancestors: Set<string>): void {
  ancestors.add("");
  let cut = path.lastIndexOf(PATH_SEPARATOR);
  while (cut >= 0) {
    const ancestor = path.slice(0, cut);
    if (ancestors.has(ancestor)) return;
    ancestors.add(ancestor);
    cut = ancestor.lastIndexOf(PATH_SEPARATOR);
  }
}

export function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean", "bigint"].includes(typeof value);
}
