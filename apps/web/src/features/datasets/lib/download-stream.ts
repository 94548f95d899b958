import { ApiError, readProblemMessage } from "@/lib/api-client/api-fetch";
import { fileNameOf } from "@/lib/download";

/**
 * Fetches a streamed file, reading its body chunk by chunk so the caller can show the bytes as they
 * arrive (the export has no length up front: it is encoded while it streams), then hands it back as
 * a Blob with the server's file name.
 */
export async function downloadWithProgress(options: {
  url: string;
  signal: AbortSignal;
  onProgress: (bytes: number) => void;
}): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(options.url, { credentials: "same-origin", signal: options.signal });
  if (!response.ok || !response.body)
    throw new ApiError({ status: response.status, message: await readProblemMessage(response) });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    options.onProgress(bytes);
  }
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  return {
    blob: new Blob(chunks, { type }),
    fileName: fileNameOf(response.headers.get("content-disposition"), "dataset"),
  };
}

/** 1.2 MB, 340 KB, 12 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} B`;
}
