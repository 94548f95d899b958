import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TCapturedRequest } from "./captured-request.ts";

export type TFixtureMeta = {
  fixture: string;
  recorder: string;
  transport: "http" | "grpc";
  method: string;
  path: string;
  contentType: string | null;
  contentEncoding: string | null;
  bodyBytes: number;
  headers: Record<string, string>;
  libraries: Record<string, string>;
  node: string;
};

function fixtureName(recorder: string, request: TCapturedRequest): string {
  if (request.transport === "grpc") return `${recorder}-grpc`;
  const [first, variant] = request.path.split("?")[0]?.split("/").filter(Boolean) ?? [];
  return first === recorder && variant !== undefined ? `${recorder}-${variant}` : `${recorder}-unexpected`;
}

function extension(request: TCapturedRequest): "json" | "bin" {
  const isPlainJson = (request.contentType?.includes("json") ?? false) && request.contentEncoding === null;
  return isPlainJson ? "json" : "bin";
}

/** Removes a recorder's previous fixtures so a re-recording never leaves stale files behind. */
export function clearFixtures(directory: string, recorder: string): void {
  mkdirSync(directory, { recursive: true });
  for (const file of readdirSync(directory)) {
    if (file.startsWith(`${recorder}-`)) rmSync(path.join(directory, file));
  }
}

/**
 * Writes each captured request as `<recorder>-<variant>[-n].<json|bin>` plus `.meta.json`. Several
 * requests for one fixture (an exporter without batching sends one per span) are numbered in order.
 */
export function writeFixtures(options: {
  directory: string;
  recorder: string;
  requests: TCapturedRequest[];
  libraries: Record<string, string>;
}): string[] {
  const byName = new Map<string, TCapturedRequest[]>();
  for (const request of options.requests) {
    const name = fixtureName(options.recorder, request);
    byName.set(name, [...(byName.get(name) ?? []), request]);
  }
  const written: string[] = [];
  for (const [name, requests] of byName) {
    requests.forEach((request, index) => {
      const fixture = requests.length === 1 ? name : `${name}-${index + 1}`;
      const meta: TFixtureMeta = {
        fixture,
        recorder: options.recorder,
        transport: request.transport,
        method: request.method,
        path: request.path,
        contentType: request.contentType,
        contentEncoding: request.contentEncoding,
        bodyBytes: request.body.length,
        headers: request.headers,
        libraries: options.libraries,
        node: process.version,
      };
      writeFileSync(path.join(options.directory, `${fixture}.${extension(request)}`), request.body);
      writeFileSync(path.join(options.directory, `${fixture}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
      written.push(fixture);
    });
  }
  return written;
}
