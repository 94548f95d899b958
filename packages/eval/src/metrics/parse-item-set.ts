/**
 * How an output or expected output becomes a set of items for the set metrics (issue 9, "Built-in
 * metrics"): a JSON array (or an actual array), else text split on the separators; each item trimmed,
 * inner whitespace collapsed, lower-cased unless `caseSensitive`, empties dropped, duplicates removed.
 */
export type TItemSetOptions = {
  /** Strings to split text on. Default: comma, semicolon and newline. */
  separators?: readonly string[];
  caseSensitive?: boolean;
};

export const DEFAULT_ITEM_SEPARATORS: readonly string[] = [",", ";", "\n"];

/** Items in first-seen order, normalised and unique. `null`/`undefined` are the empty set. */
export function parseItemSet(value: unknown, options: TItemSetOptions = {}): string[] {
  const normalise = (item: string) => {
    const collapsed = item.trim().replace(/\s+/g, " ");
    return options.caseSensitive === true ? collapsed : collapsed.toLowerCase();
  };
  const items = rawItems(value, options.separators ?? DEFAULT_ITEM_SEPARATORS).map(normalise);
  return [...new Set(items.filter((item) => item !== ""))];
}

function rawItems(value: unknown, separators: readonly string[]): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(itemText);
  if (typeof value !== "string") return [itemText(value)];
  const parsed = parseJsonArray(value);
  if (parsed !== null) return parsed.map(itemText);
  return splitOn(value, separators);
}

/** Text that is a JSON array counts as one; anything else that starts with "[" is plain text. */
function parseJsonArray(text: string): unknown[] | null {
  if (!text.trimStart().startsWith("[")) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function splitOn(text: string, separators: readonly string[]): string[] {
  let parts = [text];
  for (const separator of separators) {
    if (separator === "") continue;
    parts = parts.flatMap((part) => part.split(separator));
  }
  return parts;
}

function itemText(item: unknown): string {
  if (typeof item === "string") return item;
  if (item === null || item === undefined) return "";
  if (typeof item === "number" || typeof item === "boolean") return String(item);
  // Objects inside an array (e.g. {"id": "HP:0001250"}) compare by their JSON text.
  return JSON.stringify(item);
}
