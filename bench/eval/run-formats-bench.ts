// Throughput and memory of @spanlight/eval's dataset encoders and streaming decoders, in process
// (no server, no database): the ceiling the export/import routes of issue 13 can approach.
//   npx tsx bench/eval/run-formats-bench.ts [--items 100000] → bench/results/eval-formats.md
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DATASET_FORMATS, encodeDataset, type TDatasetFormat, type TDatasetRecord } from "@spanlight/eval";
import { decodeDataset } from "@spanlight/eval/streams";
import { readMachineInfo } from "../lib/machine-info.ts";
import { createRandom } from "../lib/random.ts";
import { formatInt, round } from "../lib/stats.ts";

const { values } = parseArgs({
  options: { items: { type: "string", default: "100000" }, decode: { type: "string", default: "jsonl,csv" } },
});
const ITEM_COUNT = Number(values.items);
// The routes import jsonl and csv only; openai and dspy decoding exist for round-trip tests.
const DECODE_FORMATS = DATASET_FORMATS.filter((format) => values.decode.split(",").includes(format));
const WORDS = "patient reports seizures ataxia short stature fever cough delay hypotonia scoliosis".split(" ");

/** ~2 KB items built on demand: a chat input, an expected answer, metadata. Never all in memory. */
function* items(seed: number): Generator<TDatasetRecord> {
  const random = createRandom(seed);
  const text = (words: number) =>
    Array.from({ length: words }, () => WORDS[Math.floor(random.next() * WORDS.length)]).join(" ");
  for (let index = 0; index < ITEM_COUNT; index += 1) {
    yield {
      id: `item-${index}`,
      input: [
        { role: "system", content: "Extract phenotype terms as a comma-separated list." },
        { role: "user", content: `${text(200)}, "quoted", and a second line\n${text(40)}` },
      ],
      expectedOutput: text(12),
      metadata: { source: "feedback", score: -1, reviewer: `user-${index % 17}` },
      sourceTraceId: index.toString(16).padStart(32, "0"),
      sourceSpanId: index.toString(16).padStart(16, "0"),
    };
  }
}

type TResult = { format: TDatasetFormat; direction: string; seconds: number; bytes: number; peakHeapGrowthMb: number };

// Sampled from inside the loops: they run on promise jobs only, so a timer would never fire.
let peakHeap = 0;
let sampleCounter = 0;
function samplePeak(): void {
  sampleCounter += 1;
  if (sampleCounter % 256 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

async function measure(
  run: () => Promise<number>,
  label: Omit<TResult, "seconds" | "bytes" | "peakHeapGrowthMb">,
): Promise<TResult> {
  const baseline = process.memoryUsage().heapUsed;
  peakHeap = baseline;
  const started = performance.now();
  const bytes = await run();
  const seconds = (performance.now() - started) / 1000;
  return { ...label, seconds, bytes, peakHeapGrowthMb: (peakHeap - baseline) / 1024 / 1024 };
}

/** Encodes to a sink that only counts bytes, like a response body the client drains. */
async function encodeToCount(format: TDatasetFormat): Promise<number> {
  let bytes = 0;
  for await (const chunk of encodeDataset(items(1), { format })) {
    bytes += Buffer.byteLength(chunk);
    samplePeak();
  }
  return bytes;
}

/** Decodes an export generated on the fly in 64 KB chunks, like a request body arriving. */
async function decodeFromGenerated(format: TDatasetFormat): Promise<number> {
  let bytes = 0;
  async function* body(): AsyncGenerator<Uint8Array> {
    let buffer = "";
    for await (const chunk of encodeDataset(items(1), { format })) {
      buffer += chunk;
      if (buffer.length >= 65_536) {
        const encoded = Buffer.from(buffer);
        bytes += encoded.length;
        yield encoded;
        buffer = "";
      }
    }
    if (buffer !== "") yield Buffer.from(buffer);
  }
  let count = 0;
  for await (const _ of decodeDataset(body(), { format, inputKeys: ["input"] })) {
    count += 1;
    samplePeak();
  }
  if (count !== ITEM_COUNT) throw new Error(`${format}: decoded ${count} of ${ITEM_COUNT}`);
  return bytes;
}

const machineAtStart = readMachineInfo();
const startedAt = new Date().toISOString();
const results: TResult[] = [];
for (const format of DATASET_FORMATS)
  results.push(await measure(() => encodeToCount(format), { format, direction: "encode" }));
for (const format of DECODE_FORMATS) {
  results.push(await measure(() => decodeFromGenerated(format), { format, direction: "encode + decode" }));
}
const machineAtEnd = readMachineInfo();

const rows = results.map((result) => {
  const megabytes = result.bytes / 1024 / 1024;
  return `| ${result.format} | ${result.direction} | ${round(megabytes, 1)} | ${round(result.seconds, 1)} | ${formatInt(round(ITEM_COUNT / result.seconds))} | ${round(megabytes / result.seconds, 1)} | ${round(result.peakHeapGrowthMb, 1)} |`;
});
const report = `# Dataset formats: encoder and decoder throughput

Started ${startedAt}.

\`\`\`sh
npx tsx bench/eval/run-formats-bench.ts --items ${ITEM_COUNT} --decode ${DECODE_FORMATS.join(",")}
\`\`\`

Machine: ${machineAtStart.cores} cores (${machineAtStart.cpuModel}), ${machineAtStart.memoryGb} GB, ${machineAtStart.kernel}, Node ${machineAtStart.node}.
Load average at start ${machineAtStart.loadAverage}, at the end ${machineAtEnd.loadAverage} (other engineers' builds and tests share the machine: read the numbers as a floor).

${formatInt(ITEM_COUNT)} items of ~2 KB (a two-turn chat input, a short expected output, metadata, lineage ids), generated on the fly so
only the code under test holds memory. "encode + decode" generates the export and decodes it from 64 KB chunks in the same loop,
so its time includes encoding. Peak heap growth is sampled every 256 items over the run and includes garbage not yet collected.

| Format | Direction | MB | s | items/s | MB/s | Peak heap growth (MB) |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
writeFileSync(new URL("../results/eval-formats.md", import.meta.url), report);
console.log(report);
