import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { stampNonce } from "../lib/id-template.ts";
import { exportWithRetry } from "../lib/otlp-http-exporter.ts";
import type { TExportOutcome } from "../lib/otlp-http-exporter.ts";
import { SPANS_PER_REQUEST } from "./generate-spans.ts";
import type { TRequestTemplate, TSentRequest } from "./request-templates.ts";

export type TTarget = { url: string; secretKey: string; templates: TRequestTemplate[]; nextNonce: () => number };

export type TRequestRecord = TSentRequest & {
  bytes: number;
  outcome: TExportOutcome;
  startedMs: number;
  endedMs: number;
  lateMs: number;
};

export type TPhaseResult = { name: string; startedMs: number; endedMs: number; requests: TRequestRecord[] };

let templateCursor = 0;

/** Stamps the next template with a fresh nonce and exports it; `lateMs` is how far behind schedule it left. */
async function sendOne(target: TTarget, agent: http.Agent, scheduledMs: number | null): Promise<TRequestRecord> {
  const template = templateCursor++ % target.templates.length;
  const nonce = target.nextNonce();
  const body = stampNonce(target.templates[template]!.body, nonce);
  const startedMs = performance.now();
  const outcome = await exportWithRetry({ url: target.url, secretKey: target.secretKey, body, agent });
  const lateMs = scheduledMs === null ? 0 : Math.max(0, startedMs - scheduledMs);
  return { template, nonce, bytes: body.length, outcome, startedMs, endedMs: performance.now(), lateMs };
}

/**
 * Closed loop: `exporters` senders, each posting back-to-back (like a BatchSpanProcessor that always
 * has a full batch) until `durationMs` has passed; requests in flight at the deadline finish.
 */
export async function runClosedLoop(options: {
  name: string;
  target: TTarget;
  exporters: number;
  durationMs: number;
}): Promise<TPhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.exporters });
  const startedMs = performance.now();
  const deadline = startedMs + options.durationMs;
  const requests: TRequestRecord[] = [];
  const exporter = async () => {
    while (performance.now() < deadline) requests.push(await sendOne(options.target, agent, null));
  };
  await Promise.all(Array.from({ length: options.exporters }, exporter));
  agent.destroy();
  return { name: options.name, startedMs, endedMs: performance.now(), requests };
}

/**
 * Open loop: one request every 512 / `spansPerSecond` seconds whether or not earlier ones have
 * answered, so a slow server shows up as latency instead of silently lowering the offered load.
 */
export async function runOpenLoop(options: {
  name: string;
  target: TTarget;
  spansPerSecond: number;
  durationMs: number;
}): Promise<TPhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const intervalMs = (SPANS_PER_REQUEST / options.spansPerSecond) * 1000;
  const count = Math.max(1, Math.floor(options.durationMs / intervalMs));
  const startedMs = performance.now();
  const inFlight: Promise<TRequestRecord>[] = [];
  for (let index = 0; index < count; index += 1) {
    const scheduledMs = startedMs + index * intervalMs;
    const wait = scheduledMs - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(sendOne(options.target, agent, scheduledMs));
  }
  const requests = await Promise.all(inFlight);
  agent.destroy();
  return { name: options.name, startedMs, endedMs: performance.now(), requests };
}
