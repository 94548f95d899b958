/**
 * Match patterns in the browser, anchored and case-insensitive exactly as ingestion applies them
 * (packages/ingest/src/pricing/match-model-price.ts). That module is not imported here because the
 * package's only entry point also carries the OTLP decoders, node:zlib among them.
 */
export function compileMatchPattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, "i");
  } catch {
    return null;
  }
}

/** Why a pattern is not a regular expression, in the engine's words; null when it is one. */
export function regexProblem(pattern: string): string | null {
  try {
    // The API checks the bare pattern, unanchored, so the form does too.
    new RegExp(pattern, "i");
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Invalid regular expression: /(/i: Unterminated group" → "Unterminated group"
    return message.split(": ").at(-1) ?? message;
  }
}
