import type { TScore, TScoreConfig, TScoreValue } from "@spanlight/core";

/** A score's value for people: numbers trimmed, booleans as words, labels as they are. */
export function formatScoreValue(value: TScoreValue): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "");
  return value;
}

/** Who gave a score: "you", an API author id, or the source when nobody is named. */
export function scoreAuthorLabel(score: TScore, currentUserId: string | null): string {
  if (score.authorUserId && score.authorUserId === currentUserId) return "you";
  if (score.authorId) return score.authorId;
  if (score.authorUserId) return "a reviewer";
  return score.source.toLowerCase();
}

/** The text a correction editor starts from: strings as they are, anything else as indented JSON. */
export function toEditableText(value: unknown): { text: string; isJson: boolean } {
  if (value === null || value === undefined) return { text: "", isJson: false };
  if (typeof value === "string") return { text: value, isJson: false };
  return { text: JSON.stringify(value, null, 2), isJson: true };
}

/** A correction as it is sent: JSON again when the output was JSON and the edit still parses. */
export function fromEditableText(text: string, isJson: boolean): unknown {
  if (!isJson) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : text;
  } catch {
    return text;
  }
}

/** Tone of a badge: the config's ends (min/max, first/last category) read as good or bad. */
export function scoreTone(score: TScore, config: TScoreConfig | undefined): "success" | "danger" | "neutral" {
  if (typeof score.value === "boolean") return score.value ? "success" : "danger";
  if (!config) return "neutral";
  if (
    typeof score.value === "number" &&
    config.minValue != null &&
    config.maxValue != null &&
    config.maxValue > config.minValue
  ) {
    const position = (score.value - config.minValue) / (config.maxValue - config.minValue);
    return position >= 0.67 ? "success" : position <= 0.33 ? "danger" : "neutral";
  }
  return "neutral";
}
