import type { IncomingMessage } from "node:http";
import { OtlpBodyTooLargeError } from "@spanlight/ingest";

/**
 * Reads a request body, refusing it as soon as it passes `maxBytes` (a declared Content-Length is
 * checked before reading anything), so an oversized upload never sits in memory whole.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new OtlpBodyTooLargeError(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        request.removeAllListeners("data");
        request.pause();
        reject(new OtlpBodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks, length)));
    request.on("error", reject);
    request.on("aborted", () => reject(new Error("request aborted")));
  });
}
