/** One export request as it reached a capture server, body untouched (still compressed if it was). */
export type TCapturedRequest = {
  transport: "http" | "grpc";
  method: string;
  path: string;
  contentType: string | null;
  contentEncoding: string | null;
  headers: Record<string, string>;
  body: Buffer;
};

const SECRET_HEADERS = new Set(["authorization", "x-api-key", "api-key", "cookie", "x-langfuse-secret-key"]);

/** Headers worth keeping in a fixture's meta: secrets are replaced, hop-by-hop noise dropped. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || lower === "host" || lower === "connection" || lower === "content-length") continue;
    kept[lower] = SECRET_HEADERS.has(lower) ? "[redacted]" : Array.isArray(value) ? value.join(", ") : value;
  }
  return kept;
}
