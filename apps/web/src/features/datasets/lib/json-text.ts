/** What a person typed into a JSON field, read back: a value, or why it is not JSON. */
export type TParsedJson<T> = { isOk: true; value: T } | { isOk: false; message: string };

/** Strict JSON for a field that must be JSON: the message names the field. */
export function parseJsonField(text: string, label: string): TParsedJson<unknown> {
  try {
    return { isOk: true, value: JSON.parse(text) as unknown };
  } catch (caught) {
    return { isOk: false, message: `${label} is not valid JSON: ${(caught as Error).message}` };
  }
}

/** An optional JSON Schema field: empty is none, anything else must be a JSON object. */
export function parseJsonSchemaField(text: string, label: string): TParsedJson<Record<string, unknown> | null> {
  if (text.trim() === "") return { isOk: true, value: null };
  const parsed = parseJsonField(text, label);
  if (!parsed.isOk) return parsed;
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { isOk: false, message: `${label} must be a JSON object` };
  return { isOk: true, value: value as Record<string, unknown> };
}

/** A value as editable JSON text (strings quoted, so reading it back is unambiguous). */
export function toEditableJson(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2);
}
