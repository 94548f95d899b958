import { spawn } from "node:child_process";
import path from "node:path";
import { startMockOpenAiServer } from "../test/mock-openai-server.ts";
import { startGrpcCaptureServer } from "./capture/grpc-capture-server.ts";
import { startHttpCaptureServer } from "./capture/http-capture-server.ts";
import { libraryVersions } from "./capture/library-versions.ts";
import { clearFixtures, writeFixtures } from "./capture/write-fixtures.ts";
import type { TRecorderContext } from "./recorders/recorder-context.ts";

/**
 * Regenerates the golden fixtures in test/fixtures/real from real instrumentation libraries, offline:
 * a mock OpenAI-compatible server stands in for the model and local capture servers stand in for the
 * OTLP receiver. Usage: `npx tsx packages/ingest/scripts/record-fixtures.ts [recorder ...]`.
 */

/** Each recorder and the packages whose versions its fixtures record. */
const RECORDERS: Record<string, readonly string[]> = {
  "otel-sdk": [
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-proto",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/exporter-trace-otlp-grpc",
    "@grpc/grpc-js",
  ],
  openinference: ["@arizeai/openinference-instrumentation-openai", "@arizeai/openinference-core", "openai", "@opentelemetry/exporter-trace-otlp-proto"],
  "vercel-ai": ["ai", "@ai-sdk/otel", "@ai-sdk/openai", "@opentelemetry/exporter-trace-otlp-proto"],
  traceloop: ["@traceloop/node-server-sdk", "@traceloop/instrumentation-openai", "openai"],
  evaluations: ["@opentelemetry/sdk-trace-node", "@opentelemetry/exporter-trace-otlp-proto", "@arizeai/openinference-core"],
  ax: ["@ax-llm/ax", "@opentelemetry/sdk-trace-node", "@opentelemetry/exporter-trace-otlp-proto"],
  langfuse: ["@langfuse/otel", "@langfuse/tracing", "openai", "@opentelemetry/exporter-trace-otlp-http"],
};

const FIXTURES_DIR = path.resolve(import.meta.dirname, "../test/fixtures/real");
const CHILD_TIMEOUT_MS = 60_000;

function runChild(context: TRecorderContext): Promise<number> {
  const entry = path.join(import.meta.dirname, "recorders/run-recorder.ts");
  const child = spawn(process.execPath, ["--import", "tsx", entry, JSON.stringify(context)], { stdio: "inherit" });
  const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const names = requested.length > 0 ? requested : Object.keys(RECORDERS);
  const unknown = names.filter((name) => !(name in RECORDERS));
  if (unknown.length > 0) throw new Error(`unknown recorder(s): ${unknown.join(", ")}`);

  const [http, grpc, openAi] = await Promise.all([startHttpCaptureServer(), startGrpcCaptureServer(), startMockOpenAiServer()]);
  const failures: string[] = [];
  try {
    for (const recorder of names) {
      http.captured.length = 0;
      grpc.captured.length = 0;
      const exitCode = await runChild({ recorder, httpBaseUrl: http.baseUrl, grpcUrl: grpc.url, openAiBaseUrl: openAi.baseUrl });
      const requests = [...http.captured, ...grpc.captured];
      if (exitCode !== 0 || requests.length === 0) {
        failures.push(`${recorder} (exit ${exitCode}, ${requests.length} requests)`);
        continue;
      }
      clearFixtures(FIXTURES_DIR, recorder);
      const written = writeFixtures({ directory: FIXTURES_DIR, recorder, requests, libraries: libraryVersions(RECORDERS[recorder] ?? []) });
      console.log(`${recorder}: ${written.join(", ")}`);
    }
  } finally {
    await Promise.all([http.close(), grpc.close(), openAi.close()]);
  }
  if (failures.length > 0) {
    console.error(`recorders that produced nothing: ${failures.join("; ")}`);
    process.exitCode = 1;
  }
}

await main();
