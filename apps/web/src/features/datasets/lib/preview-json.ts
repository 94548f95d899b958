const PREVIEW_CHARS = 200;

/** One line of a value for a table cell: strings as they are, the rest as compact JSON, cut short. */
export function previewJson(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}
