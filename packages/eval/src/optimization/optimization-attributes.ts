// Readers for `optimization.*` attribute values: OTel sends numbers as numbers or decimal strings and
// lists and objects as JSON text; an odd value reads as null instead of failing the run.

export type TAttributeBag = Record<string, unknown>;

export function numberAt(attributes: TAttributeBag, key: string): number | null {
  const value = attributes[key];
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function textAt(attributes: TAttributeBag, key: string): string | null {
  const value = attributes[key];
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** JSON text parsed (a value that is not text is taken as it is); null when absent or not JSON. */
export function jsonAt(attributes: TAttributeBag, key: string): unknown {
  const value = attributes[key];
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** A list of ids: a JSON array, an OTel string array, or comma-separated text. */
export function idsAt(attributes: TAttributeBag, key: string): string[] {
  const value = attributes[key];
  const parsed = typeof value === "string" && value.trimStart().startsWith("[") ? jsonAt(attributes, key) : value;
  if (Array.isArray(parsed)) return parsed.map(String).filter((id) => id !== "");
  if (typeof parsed === "string")
    return parsed
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
  return [];
}
