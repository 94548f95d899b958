import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { deserializeExportResponse } from "@spanlight/ingest";

/** An exporter gives up on a batch after this many attempts (the OTel SDK retries for ~5 min). */
const MAX_ATTEMPTS = 30;
const ATTEMPT_TIMEOUT_MS = 60_000;
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export type TAttempt = { status: number; latencyMs: number };

export type TExportOutcome = {
  isStored: boolean;
  attempts: TAttempt[];
  /** First send to final answer, retry waits included. */
  totalMs: number;
  rejectedSpans: number;
  error?: string;
};

/** POSTs one OTLP/HTTP protobuf body, retrying 429/502/503/504 and broken connections as OTel exporters do. */
export async function exportWithRetry(options: {
  url: string;
  secretKey: string;
  body: Buffer;
  agent: http.Agent;
}): Promise<TExportOutcome> {
  const attempts: TAttempt[] = [];
  const startedAt = performance.now();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const sentAt = performance.now();
    const answer = await post(options).catch((error: unknown) => ({
      status: 0,
      retryAfter: null,
      body: Buffer.alloc(0),
      error,
    }));
    attempts.push({ status: answer.status, latencyMs: performance.now() - sentAt });
    if (answer.status === 200) {
      const { rejectedSpans } = deserializeExportResponse(answer.body);
      return { isStored: true, attempts, totalMs: performance.now() - startedAt, rejectedSpans };
    }
    if (!isRetryable(answer.status)) {
      const error = `HTTP ${answer.status}: ${answer.body.toString("utf8").slice(0, 200)}`;
      return { isStored: false, attempts, totalMs: performance.now() - startedAt, rejectedSpans: 0, error };
    }
    await sleep((answer.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000);
  }
  return {
    isStored: false,
    attempts,
    totalMs: performance.now() - startedAt,
    rejectedSpans: 0,
    error: "gave up after retries",
  };
}

function isRetryable(status: number): boolean {
  return status === 0 || status === 429 || status === 502 || status === 503 || status === 504;
}

type TAnswer = { status: number; retryAfter: number | null; body: Buffer };

function post(options: { url: string; secretKey: string; body: Buffer; agent: http.Agent }): Promise<TAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      options.url,
      {
        method: "POST",
        agent: options.agent,
        timeout: ATTEMPT_TIMEOUT_MS,
        headers: {
          "content-type": "application/x-protobuf",
          "content-length": options.body.length,
          authorization: `Bearer ${options.secretKey}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const retryAfter = Number(response.headers["retry-after"]);
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Number.isFinite(retryAfter) ? retryAfter : null,
            body: Buffer.concat(chunks),
          });
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("attempt timed out")));
    request.on("error", reject);
    request.end(options.body);
  });
}
