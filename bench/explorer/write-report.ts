import { writeFileSync } from "node:fs";
import type { TMachineInfo } from "../lib/machine-info.ts";
import { percentile, round } from "../lib/stats.ts";
import type { TPageResult } from "./browser.ts";
import type { TMemoryPeak } from "./explorer-queries.ts";
import type { TTiming } from "./measure.ts";
import { p50, p95 } from "./measure.ts";
import type { TSeedResult } from "./seed.ts";

export type TExplorerReport = {
  command: string;
  startedAt: string;
  machine: TMachineInfo;
  loadAfter: string;
  requested: { traces: number; spansPerTrace: number };
  seed: TSeedResult;
  /** Measured on a database an earlier run seeded (--database-url): the seeding times are that run's. */
  reusedDatabase: boolean;
  tracesLast24h: number;
  databaseSizeMb: number;
  sizes: TTableSizes;
  otherCoresDuringQueries: number;
  timings: TTiming[];
  memory: TMemoryPeak[];
  pages: TPageResult[] | string;
};

export type TTableSizes = {
  spanMb: number;
  spanSearchHeapMb: number;
  spanSearchGinMb: number;
  spanSearchPkMb: number;
  spans: number;
};

function verdict(valueMs: number, targetMs: number): string {
  return valueMs <= targetMs
    ? `✅ (${round(targetMs / valueMs, 1)}× under)`
    : `❌ (${round(valueMs / targetMs, 1)}× over)`;
}

export function writeReport(file: string, report: TExplorerReport): void {
  const { machine, seed } = report;
  const rows = report.timings.map(
    (t) =>
      `| ${t.name} | ${t.target} | ${round(p50(t))} | ${round(p95(t))} | ${t.samples.length} | ${verdict(p95(t), t.targetMs)} | ${t.note} |`,
  );
  const pageRows =
    typeof report.pages === "string"
      ? [`| Chromium trace page | < 2 s / < 5 s | – | – | 0 | not measured | ${report.pages} |`]
      : report.pages.flatMap((page) => {
          const targetMs = page.label.startsWith("100") ? 5_000 : 2_000;
          const [cold, ...warm] = page.loadsMs;
          const failed = page.error ? ` (stopped: ${page.error})` : "";
          const rows = [
            cold === undefined
              ? `| Chromium, ${page.label}: first (cold) load | < ${targetMs / 1000} s | – | – | 0 | not measured | ${page.error ?? ""} |`
              : `| Chromium, ${page.label}: first (cold) load, goto → root row + time axis visible | < ${targetMs / 1000} s | ${round(cold)} | ${round(cold)} | 1 | ${verdict(cold, targetMs)} | first load after the server started |`,
          ];
          if (warm.length > 0) {
            rows.push(
              `| Chromium, ${page.label}: warm loads | < ${targetMs / 1000} s | ${round(percentile(warm, 50))} | ${round(Math.max(...warm))} (max) | ${warm.length} | ${verdict(Math.max(...warm), targetMs)} | loads: ${warm.map((ms) => Math.round(ms)).join(", ")} ms${failed} |`,
            );
          }
          if (page.scroll) {
            rows.push(
              `| Chromium, ${page.label}: scroll the tree 1,500 px a frame | frames ≤ 50 ms | ${round(page.scroll.p95FrameMs)} (p95 frame) | ${round(page.scroll.maxFrameMs)} (max frame) | ${page.scroll.frames} | ${page.scroll.longFrames} frames > 50 ms | requestAnimationFrame intervals |`,
            );
          }
          return rows;
        });
  const memoryRows = report.memory.map(
    (m) =>
      `| ${m.name} | ${round(m.ms)} ms | ${(m.bytes / 1024 / 1024).toFixed(1)} MB | +${round(m.rssGrowthMb)} MB | +${round(m.heapGrowthMb)} MB |`,
  );
  const sizes = report.sizes;
  const perSpan = (mb: number) => Math.round((mb * 1024 * 1024) / Math.max(1, sizes.spans)).toLocaleString("en-US");
  const text = `# Trace explorer at scale

Started ${report.startedAt}.

\`\`\`sh
${report.command}
\`\`\`

Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.kernel}, Node ${machine.node}.
Load average at start ${machine.loadAverage}, at the end ${report.loadAfter}; other processes used
${round(report.otherCoresDuringQueries, 2)} cores on average while the queries were timed (a CI run shared the machine).

## Scale measured

Requested ${report.requested.traces.toLocaleString("en-US")} traces × ${report.requested.spansPerTrace} spans. **Seeded
${seed.traces.toLocaleString("en-US")} traces / ${seed.spans.toLocaleString("en-US")} spans**${seed.isCut ? " (cut by the seeding time budget)" : ""}
spread over 7 days (${report.tracesLast24h.toLocaleString("en-US")} in the last 24 h), plus one 20,000-span and one 100,000-span trace.
${report.reusedDatabase ? "Measured on a database seeded and kept by an earlier run of this script (`--database-url`), so no seeding times here." : `COPY took ${round(seed.copySeconds)} s (${Math.round(seed.spans / seed.copySeconds).toLocaleString("en-US")} spans/s over 2 connections, indexes dropped), rebuilding the indexes + VACUUM ANALYZE ${round(seed.indexSeconds)} s.`}
Database size ${Math.round(report.databaseSizeMb).toLocaleString("en-US")} MB.

## Results (query functions called directly; 3 warm-up calls, then ${report.timings[0]?.samples.length ?? 0} timed)

| Measure | Target | p50 ms | p95 ms | n | Verdict (p95) | Note |
|---|---|---|---|---|---|---|
${rows.join("\n")}
${pageRows.join("\n")}

## Memory of one answer for the 100,000-span trace (this process, sampled every 20 ms)

| Call | Time | Answer | RSS growth (peak) | V8 heap growth (peak) |
|---|---|---|---|---|
${memoryRows.join("\n")}

## Storage

| | Total | Per span |
|---|---|---|
| \`span\` (table, TOAST and key) | ${Math.round(sizes.spanMb).toLocaleString("en-US")} MB | ${perSpan(sizes.spanMb)} B |
| \`span_search\` rows | ${Math.round(sizes.spanSearchHeapMb).toLocaleString("en-US")} MB | ${perSpan(sizes.spanSearchHeapMb)} B |
| \`span_search\` trigram GIN index | ${Math.round(sizes.spanSearchGinMb).toLocaleString("en-US")} MB | ${perSpan(sizes.spanSearchGinMb)} B |
| \`span_search\` primary key | ${Math.round(sizes.spanSearchPkMb).toLocaleString("en-US")} MB | ${perSpan(sizes.spanSearchPkMb)} B |

## Notes

- Seeding is the bulk-writer path without HTTP: span rows built as \`TSpanRow\`s and written in the SpanWriter's COPY
  text format and column order (\`SPAN_COLUMNS\`), their \`span_search\` bodies built by the writer's own
  \`searchBodyOf\`, and trace rollups COPYed alongside, computed from the same spans (times, counts, tokens, cost,
  user ~5k, session, tags from 6 with 1-70 % frequency, models, kinds, previews). Model calls carry ~2.5 KB of messages
  (system prompt, question, a long answer); other spans a few hundred bytes.
- Indexes are dropped during the load and rebuilt after, so the tables are freshly built and analysed: a long-lived
  database with bloat and a cold cache would read slower.
- Search: "common" is in about a third of traces, "rare" in about 1 in 100,000, "absent" in none. Every span's whole
  text is searched (no cap), through the trigram index on \`span_search\`.
- The full target (1 M traces / 10 M spans) was ${seed.spans >= 10_000_000 ? "seeded" : "not seeded here"}.
`;
  writeFileSync(file, text);
}
