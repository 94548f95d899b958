import type { TAttributes } from "../otlp/types.ts";

type TNode = Record<string, unknown> | unknown[];

const INDEX = /^\d+$/;
// Past this an index is a malformed key, not a list position; it would allocate a huge sparse array.
const MAX_INDEX = 10_000;

/**
 * Rebuilds the list that OpenInference and OpenLLMetry flatten into indexed keys:
 * `llm.input_messages.0.message.role` under prefix `llm.input_messages.` gives `[{ message: { role } }]`.
 * Only keys whose first segment after the prefix is an index count, so `gen_ai.prompt.name` is not
 * mistaken for `gen_ai.prompt.{i}.*`. Holes are dropped; null when nothing matched.
 */
export function unflattenIndexed(attributes: TAttributes, prefix: string): unknown[] | null {
  const root: unknown[] = [];
  let hasAny = false;
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith(prefix)) continue;
    const path = key.slice(prefix.length).split(".");
    if (!INDEX.test(path[0] ?? "")) continue;
    if (setPath(root, { path, value })) hasAny = true;
  }
  return hasAny ? compact(root) : null;
}

function setPath(root: TNode, { path, value }: { path: string[]; value: unknown }): boolean {
  let node: TNode = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i] ?? "";
    const isLast = i === path.length - 1;
    const key = toKey(node, segment);
    if (key === null) return false;
    if (isLast) {
      // A key that is both a leaf and a branch: the branch holds more, so the leaf yields.
      if (read(node, key) === undefined) write(node, { key, value });
      return true;
    }
    const existing = read(node, key);
    if (existing !== undefined && typeof existing !== "object") return false;
    const child: TNode =
      existing === undefined || existing === null ? makeNode(path[i + 1] ?? "") : (existing as TNode);
    write(node, { key, value: child });
    node = child;
  }
  return false;
}

function makeNode(nextSegment: string): TNode {
  return INDEX.test(nextSegment) ? [] : {};
}

function toKey(node: TNode, segment: string): string | number | null {
  if (Array.isArray(node)) {
    if (!INDEX.test(segment)) return null;
    const index = Number(segment);
    return index <= MAX_INDEX ? index : null;
  }
  if (segment === "__proto__" || segment === "constructor" || segment === "prototype") return null;
  return segment;
}

function read(node: TNode, key: string | number): unknown {
  return Array.isArray(node) ? node[key as number] : node[key as string];
}

function write(node: TNode, { key, value }: { key: string | number; value: unknown }): void {
  if (Array.isArray(node)) node[key as number] = value;
  else node[key as string] = value;
}

function compact(value: unknown): unknown[] {
  return (value as unknown[]).filter((item) => item !== undefined).map(compactDeep);
}

function compactDeep(value: unknown): unknown {
  if (Array.isArray(value)) return compact(value);
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) result[key] = compactDeep(inner);
    return result;
  }
  return value;
}
