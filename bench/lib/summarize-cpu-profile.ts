// Where a V8 CPU profile's busy time went, by the server's ingestion steps:
// npx tsx bench/lib/summarize-cpu-profile.ts <dir or .cpuprofile> (the largest profile in a dir).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[] };

/** Steps, by the function (`name file`) that starts them; the innermost match on the stack wins. */
const STEPS: [string, RegExp][] = [
  ["protobuf decode", /^decodeProtobufTraceRequest /],
  ["normalize (conventions)", /^normalizeTraceRequest /],
  ["toSpanRow (JSON text, previews)", /^toSpanRow /],
  ["pg: serialise query parameters", /^prepare .*pg\/lib\/query\.js$/],
  ["trace rollup: aggregate (search text)", /^aggregateTraceDeltas /],
  ["garbage collection", /^\(garbage collector\) /],
  ["build before start (spawnSync, not ingest)", /^spawnSync /],
];

function loadProfile(target: string): TProfile {
  const file = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith(".cpuprofile"))
        .map((name) => path.join(target, name))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0]
    : target;
  if (!file) throw new Error(`no .cpuprofile in ${target}`);
  return JSON.parse(readFileSync(file, "utf8")) as TProfile;
}

function summarize(profile: TProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stepMs = new Map<string, number>();
  const selfMs = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((leafId, index) => {
    const leaf = byId.get(leafId)!;
    if (leaf.callFrame.functionName === "(idle)") return;
    const ms = profile.timeDeltas[index]! / 1000;
    busyMs += ms;
    const selfKey = `${leaf.callFrame.functionName || "(anonymous)"} ${leaf.callFrame.url.split("/").slice(-2).join("/")}`;
    selfMs.set(selfKey, (selfMs.get(selfKey) ?? 0) + ms);
    let step = "other";
    for (let id: number | undefined = leafId; id !== undefined && step === "other"; id = parentOf.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      step = STEPS.find(([, pattern]) => pattern.test(`${functionName} ${url}`))?.[0] ?? "other";
    }
    stepMs.set(step, (stepMs.get(step) ?? 0) + ms);
  });
  const buildMs = stepMs.get(STEPS.at(-1)![0]) ?? 0;
  const workMs = busyMs - buildMs;
  console.log(`busy ${Math.round(busyMs)} ms, of which ${Math.round(buildMs)} ms waiting for the build; the rest:\n`);
  console.log("| Step | CPU ms | Share |\n|---|---|---|");
  for (const [step, ms] of [...stepMs].filter(([step]) => step !== STEPS.at(-1)![0]).sort((a, b) => b[1] - a[1])) {
    console.log(`| ${step} | ${Math.round(ms)} | ${Math.round((ms / workMs) * 100)}% |`);
  }
  console.log("\nTop functions by self time:");
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    if (!name.startsWith("spawnSync")) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${name}`);
  }
}

summarize(loadProfile(process.argv[2] ?? "."));
