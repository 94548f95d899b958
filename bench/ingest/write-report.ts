import { writeFileSync } from "node:fs";
import type { TMachineInfo } from "../lib/machine-info.ts";
import type { TCpuUse } from "../lib/proc-stats.ts";
import { formatInt, round } from "../lib/stats.ts";
import type { TCopyResult } from "./copy-baseline.ts";
import type { TPhaseSummary } from "./summarize-phase.ts";
import type { TStorage, TStoredCheck } from "./verify-stored.ts";

export const TARGETS = { ratio: 0.6, halfRateP99Ms: 250, rssMb: 500, indexCost: 0.85 } as const;

export type TIngestReport = {
  command: string;
  startedAt: string;
  machine: TMachineInfo;
  postgresVersion: string;
  /** Cores other processes kept busy just before the timed phases (after waiting for a quiet moment). */
  busyBeforeCores: number;
  workload: {
    bodyBytes: number;
    templates: number;
    exporters: number;
    warmupSeconds: number;
    maxSeconds: number;
    halfSeconds: number;
  };
  max: TPhaseSummary;
  half: TPhaseSummary;
  copy: TCopyResult[];
  copyCpu: TCpuUse[];
  /** Baseline (b): the same spans into a minimal table (ids, parent, name, start time, attributes jsonb). */
  minimalCopy: TCopyResult[];
  minimalCopyCpu: TCpuUse[];
  /** The max-rate load again with the search index dropped. */
  noIndex: TPhaseSummary;
  storage: TStorage & { minimalBytesPerSpan: number };
  rss: { idleMb: number; peakMb: number; steadyMb: number; endMb: number; postgresPssMb: number };
  bytesPerSpan: { ingest: number; copy: number };
  stored: TStoredCheck;
};

const pass = (isMet: boolean) => (isMet ? "✅ met" : "❌ missed");
const ms = (value: number) => `${formatInt(value)} ms`;

export function copyRowsPerSecond(copy: TCopyResult): number {
  return copy.rows / (copy.wallMs / 1000);
}

export function ingestRatio(report: Pick<TIngestReport, "max" | "copy">): { ratio: number; best: TCopyResult } {
  const best = report.copy.reduce((a, b) => (copyRowsPerSecond(b) > copyRowsPerSecond(a) ? b : a));
  return { ratio: report.max.spansPerSecond / copyRowsPerSecond(best), best };
}

/** Ingest against baseline (b), the minimal table: wall-clock and CPU-cost ratios. */
export function minimalRatio(report: Pick<TIngestReport, "max" | "minimalCopy" | "minimalCopyCpu">): {
  ratio: number;
  best: TCopyResult;
  cpuRatio: number;
} {
  const { ratio, best } = ingestRatio({ max: report.max, copy: report.minimalCopy });
  const cost = cpuCosts({ max: report.max, copy: report.minimalCopy, copyCpu: report.minimalCopyCpu });
  return { ratio, best, cpuRatio: cost.ratio };
}

/** CPU ms per 1,000 spans: Spanlight and PostgreSQL for ingest, PostgreSQL for the cheapest COPY. */
export function cpuCosts(report: Pick<TIngestReport, "max" | "copy" | "copyCpu">): {
  node: number;
  postgres: number;
  copy: number;
  ratio: number;
} {
  const node = (report.max.cpu.serverCpuSeconds * 1e6) / report.max.storedSpans;
  const postgres = (report.max.cpu.postgresCpuSeconds * 1e6) / report.max.storedSpans;
  const copy = Math.min(
    ...report.copy.map((copyRun, index) => (report.copyCpu[index]!.postgresCpuSeconds * 1e6) / copyRun.rows),
  );
  return { node, postgres, copy, ratio: copy / (node + postgres) };
}

export function renderReport(report: TIngestReport): string {
  const { max, half, machine, rss, stored } = report;
  const { ratio, best } = ingestRatio(report);
  const minimal = minimalRatio(report);
  // CPU per span, not spans/s: on a crowded machine both phases get the same sliver of CPU, so their
  // rates look alike whatever the index costs (seen: 0.97 by rate while PostgreSQL's CPU grew 77 %).
  const cpuPerSpan = (phase: TPhaseSummary) =>
    (phase.cpu.serverCpuSeconds + phase.cpu.postgresCpuSeconds) / phase.storedSpans;
  const indexRatio = cpuPerSpan(report.noIndex) / cpuPerSpan(max);
  const indexRateRatio = max.spansPerSecond / Math.max(1, report.noIndex.spansPerSecond);
  const st = report.storage;
  const lines = [
    "# Ingestion benchmark: OTLP/HTTP into `npm start` vs raw COPY",
    "",
    `Run ${report.startedAt}, written by \`bench/ingest/run-ingest-bench.ts\`. Re-running the command replaces this file.`,
    "",
    "```sh",
    `# from the repository root`,
    report.command,
    "```",
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    `| CPU | ${machine.cores} cores, ${machine.cpuModel} |`,
    `| Memory | ${machine.memoryGb} GB |`,
    `| OS | ${machine.kernel} |`,
    `| Node.js | ${machine.node} |`,
    `| PostgreSQL | ${report.postgresVersion} (embedded, default settings as \`npm start\` runs it) |`,
    `| Load average at start (1/5/15 min) | ${machine.loadAverage} |`,
    `| Cores busy elsewhere just before the timed phases | ${round(report.busyBeforeCores, 2)} |`,
    "",
    "The load generator, the Spanlight server and its PostgreSQL share these cores. Bodies are encoded",
    "before timing; during a phase the generator only copies a template and writes fresh ids into it.",
    "",
    "## Workload",
    "",
    `- ${formatInt(report.workload.bodyBytes / 1024)} KB protobuf bodies of 512 spans: 64 traces of 8 spans (agent → chain → LLM → tool → LLM → tool → LLM, plus a`,
    "  title LLM call), ~3 KB of attributes per span: chat messages in and out as OTel GenAI (`gen_ai.input.messages`,",
    "  `gen_ai.output.messages`, usage) and OpenInference (`llm.input_messages.*` flattened, token counts), model gpt-4o-mini.",
    `- ${report.workload.templates} distinct request templates, unique trace and span ids in every request.`,
    `- Warm-up ${report.workload.warmupSeconds} s; max rate: ${report.workload.exporters} exporters sending back-to-back for ${report.workload.maxSeconds} s;`,
    `  half rate: open loop at 50% of the measured maximum for ${report.workload.halfSeconds} s; then raw COPY of as many rows as the max-rate phase stored.`,
    "- 429/503 answers are retried after `Retry-After` as OTel exporters do; every retry is counted.",
    "",
    "## Results",
    "",
    "| Measure | Result | Target | |",
    "|---|---|---|---|",
    `| Sustained ingest, max rate | **${formatInt(max.spansPerSecond)} spans/s**, ${round(max.mbPerSecond, 1)} MB/s protobuf (${formatInt(max.storedSpans)} spans in ${round(max.seconds, 1)} s) | | |`,
    ...report.copy.map(
      (copy) =>
        `| Raw COPY, same rows, ${copy.connections} connection${copy.connections > 1 ? "s" : ""} | ${formatInt(copyRowsPerSecond(copy))} rows/s, ${round(copy.bytes / 1e6 / (copy.wallMs / 1000), 1)} MB/s COPY text | | |`,
    ),
    `| (a) Ratio ingest / COPY of the writer's own rows (best: ${best.connections} conn.) | **${round(ratio, 2)}** | | |`,
    `| (a) CPU-cost ratio: COPY's CPU per row ÷ ingest's CPU per span (see below) | ${round(cpuCosts(report).ratio, 2)} | | |`,
    ...report.minimalCopy.map(
      (copy) =>
        `| (b) COPY into the minimal table, ${copy.connections} connection${copy.connections > 1 ? "s" : ""} | ${formatInt(copyRowsPerSecond(copy))} rows/s, ${round(copy.bytes / 1e6 / (copy.wallMs / 1000), 1)} MB/s COPY text | | |`,
    ),
    `| (b) Ratio ingest / minimal-table COPY (best: ${minimal.best.connections} conn.) | **${round(minimal.ratio, 2)}** | ≥ ${TARGETS.ratio} | ${pass(minimal.ratio >= TARGETS.ratio)} |`,
    `| (b) CPU-cost ratio: minimal COPY's CPU per row ÷ ingest's CPU per span | ${round(minimal.cpuRatio, 2)} | | |`,
    `| Search index's ingest cost: CPU per span without ÷ with the trigram GIN (node + PostgreSQL; by rate: ${round(indexRateRatio, 2)}, ${formatInt(report.noIndex.spansPerSecond)} spans/s without) | **${round(indexRatio, 2)}** | ≥ ${TARGETS.indexCost} | ${pass(indexRatio >= TARGETS.indexCost)} |`,
    `| Bytes stored per span: ingest (span ${formatInt(st.spanBytesPerSpan)} + span_search ${formatInt(st.searchBytesPerSpan)} + trace ${formatInt(st.traceBytesPerSpan)}) vs (b) minimal table | ${formatInt(st.spanBytesPerSpan + st.searchBytesPerSpan + st.traceBytesPerSpan)} B vs ${formatInt(st.minimalBytesPerSpan)} B (${round((st.spanBytesPerSpan + st.searchBytesPerSpan + st.traceBytesPerSpan) / Math.max(1, st.minimalBytesPerSpan), 2)}×) | | |`,
    `| Time to answer at max rate, p50 / p99 | ${ms(max.answerP50Ms)} / ${ms(max.answerP99Ms)} | | |`,
    `| Time to answer at half rate (${formatInt(half.spansPerSecond)} spans/s), p50 / p99 | ${ms(half.storedP50Ms)} / **${ms(half.storedP99Ms)}** | p99 < ${TARGETS.halfRateP99Ms} ms | ${pass(half.storedP99Ms < TARGETS.halfRateP99Ms)} |`,
    `| Server RSS (node), peak / steady under load / idle after start | **${formatInt(rss.peakMb)} MB** / ${formatInt(rss.steadyMb)} MB / ${formatInt(rss.idleMb)} MB | < ${TARGETS.rssMb} MB | ${pass(rss.peakMb < TARGETS.rssMb)} |`,
    `| PostgreSQL memory (PSS, all its processes), peak | ${formatInt(rss.postgresPssMb)} MB | | |`,
    `| Spans lost | **${formatInt(stored.sentSpans - stored.foundSpans)}** of ${formatInt(stored.sentSpans)} sent (all phases) | 0 | ${pass(stored.isLossless)} |`,
    `| 429 answers (retried), max / half rate | ${formatInt(max.status429)} / ${formatInt(half.status429)} | | |`,
    "",
    `Time to answer is send → last byte of the answer. At half rate it is measured from the request's scheduled send time to its 200`,
    `(retry waits included); at max rate it is every HTTP answer. Max rate, end-to-end including retry waits: p50 ${ms(max.storedP50Ms)}, p99 ${ms(max.storedP99Ms)}.`,
    "",
    "### Zero spans lost",
    "",
    `- Acknowledged spans found by (trace id, span id) in \`span\`: ${formatInt(stored.foundSpans)} of ${formatInt(stored.sentSpans)}; rows in the project: ${formatInt(stored.spansInProject)}.`,
    `- Traces: ${formatInt(stored.traces)} (expected ${formatInt(stored.sentSpans / 8)}), sum of \`span_count\` ${formatInt(stored.spanCountSum)}, traces whose count is not 8: ${stored.tracesWithWrongCount}.`,
    `- Rows rejected in partial-success answers: ${formatInt(max.rejectedSpans + half.rejectedSpans)}. Stored size per span row (\`pg_column_size\`): ingest ${formatInt(report.bytesPerSpan.ingest)} B, COPY ${formatInt(report.bytesPerSpan.copy)} B.`,
    "",
    "## Where the CPU went",
    "",
    "Average cores busy during each phase (of " +
      machine.cores +
      '), from /proc; "other" is everything else on the machine.',
    "",
    "| Phase | Wall | Spanlight (node) | PostgreSQL | Load generator | Other processes | node CPU ms / 1k spans | PostgreSQL CPU ms / 1k spans |",
    "|---|---|---|---|---|---|---|---|",
    ...[max, half, report.noIndex].map(
      (phase) =>
        `| ${phase.name} | ${round(phase.seconds, 1)} s | ${round(phase.cpu.serverCores, 2)} | ${round(phase.cpu.postgresCores, 2)} | ${round(phase.cpu.benchCores, 2)} | ${round(phase.cpu.otherCores, 2)} | ${formatInt((phase.cpu.serverCpuSeconds * 1e6) / phase.storedSpans)} | ${formatInt((phase.cpu.postgresCpuSeconds * 1e6) / phase.storedSpans)} |`,
    ),
    ...report.copy.map(
      (copy, index) =>
        `| COPY, ${copy.connections} conn. | ${round(copy.wallMs / 1000, 1)} s | – | ${round(report.copyCpu[index]!.postgresCores, 2)} | – | ${round(report.copyCpu[index]!.otherCores, 2)} | – | ${formatInt((report.copyCpu[index]!.postgresCpuSeconds * 1e6) / copy.rows)} |`,
    ),
    ...report.minimalCopy.map(
      (copy, index) =>
        `| minimal COPY, ${copy.connections} conn. | ${round(copy.wallMs / 1000, 1)} s | – | ${round(report.minimalCopyCpu[index]!.postgresCores, 2)} | – | ${round(report.minimalCopyCpu[index]!.otherCores, 2)} | – | ${formatInt((report.minimalCopyCpu[index]!.postgresCpuSeconds * 1e6) / copy.rows)} |`,
    ),
    "",
    "## Notes",
    "",
    ...notes(report, minimal.ratio),
    "",
  ];
  return lines.join("\n");
}

function notes(report: TIngestReport, ratio: number): string[] {
  const { max, half, rss } = report;
  const cost = cpuCosts(report);
  const minimalCost = cpuCosts({ max: report.max, copy: report.minimalCopy, copyCpu: report.minimalCopyCpu });
  const perRequest = (msPer1k: number) => formatInt((msPer1k * 512) / 1000);
  const found: string[] = [];
  const busiest = Math.max(
    max.cpu.otherCores,
    half.cpu.otherCores,
    ...[...report.copyCpu, ...report.minimalCopyCpu].map((cpu) => cpu.otherCores),
  );
  if (busiest > 0.1) {
    found.push(
      `- **The machine was shared**: other processes used up to ${round(busiest, 2)} of ${report.machine.cores} cores during the timed phases, so absolute rates are lower than on an idle machine. The CPU-cost ratio depends much less on that load (CPU time per row still grows somewhat on a crowded machine).`,
    );
  }
  if (ratio < TARGETS.ratio) {
    const copyOther = Math.max(...report.minimalCopyCpu.map((cpu) => cpu.otherCores));
    const skew =
      Math.abs(copyOther - max.cpu.otherCores) > 0.3
        ? ` (this run measured ${round(ratio, 2)} because other processes took ${round(copyOther, 2)} cores during COPY and ${round(max.cpu.otherCores, 2)} during the max-rate phase)`
        : "";
    found.push(
      `- **Ratio to (b) ${round(ratio, 2)} < ${TARGETS.ratio}.** Ingest used ${formatInt(cost.node)} ms (Spanlight's node) + ${formatInt(cost.postgres)} ms (PostgreSQL) of CPU per 1,000 spans; the minimal-table COPY used ${formatInt(minimalCost.copy)} ms (the writer's own rows: ${formatInt(cost.copy)} ms). Both are CPU-bound on the same 2 cores, so on an idle machine the ratio would be near ${round(minimalCost.ratio, 2)}${skew}. The node process is the larger part and is single-threaded: alone it tops out near ${formatInt(1e6 / cost.node)} spans/s. Where its time goes: bench/results/ingest-breakdown.md and ingest-analysis.md.`,
    );
  }
  if (half.storedP99Ms >= TARGETS.halfRateP99Ms) {
    found.push(
      `- **Half-rate p99 ${ms(half.storedP99Ms)} ≥ ${TARGETS.halfRateP99Ms} ms** (p50 ${ms(half.storedP50Ms)}). One 512-span request needs ~${perRequest(cost.node)} ms of CPU on the server's event loop and ~${perRequest(cost.postgres)} ms of PostgreSQL before it is answered, so a request that arrives while another is being decoded or normalised waits for it; at this request size the service time alone is near the target.`,
    );
  }
  if (rss.peakMb >= TARGETS.rssMb) {
    found.push(
      `- **RSS ${formatInt(rss.peakMb)} MB ≥ ${TARGETS.rssMb} MB.** The server holds ${formatInt(rss.idleMb)} MB before the first span (Next.js runs in the same process); ingesting ${report.workload.exporters} concurrent 1.5 MB requests adds ~${formatInt(rss.peakMb - rss.idleMb)} MB at peak, mostly garbage V8 has not collected yet rather than live data (see ingest-analysis.md).`,
    );
  }
  if (!report.stored.isLossless) found.push("- **Spans were lost or counted wrongly**: see the zero-loss section.");
  if (max.errors.length + half.errors.length > 0)
    found.push(`- Errors seen: ${[...max.errors, ...half.errors].join("; ")}`);
  return found.length ? found : ["- Every target is met."];
}

export function writeReport(file: string, report: TIngestReport): void {
  writeFileSync(file, renderReport(report));
}
