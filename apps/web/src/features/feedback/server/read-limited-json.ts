import "server-only";
import { BadRequestError, PayloadTooLargeError } from "@spanlight/core";

/**
 * The body as JSON, refusing more than `maxBytes` (413) before it is all read: a browser-facing
 * route must not buffer whatever a client streams at it.
 */
export async function readLimitedJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new PayloadTooLargeError(`The body must be at most ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(`The body must be at most ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequestError("The body is not valid JSON");
  }
}
