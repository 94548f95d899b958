// Three runs of a phenotype-extraction pipeline over one dataset, made the way a user's script does:
// the dataset and items through the public API, each item's execution as an OTLP trace, then the
// run items linked and evaluated with the built-in metrics.
import { expect } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { bearerAuth, hexId, otlpJsonBody, sendOtlp, uniqueLabel } from "../api/explorer-fixtures";
import type { TKeyPair } from "../api/explorer-fixtures";

export const PHENOTYPE_ITEMS = [
  {
    id: "case-1",
    input: "Seizures since infancy, unsteady gait, low muscle tone.",
    expectedOutput: "seizure, ataxia, hypotonia",
  },
  { id: "case-2", input: "Short for age, split palate.", expectedOutput: ["short stature", "cleft palate"] },
  { id: "case-3", input: "High temperature and a dry cough.", expectedOutput: "fever; cough" },
];

/** Outputs per item; the model's token counts set each run's cost (priced by the built-in table). */
export const EXPERIMENT_RUNS = [
  { name: "phenogpt", model: "Llama2-7B", promptTokens: 400, outputs: ["seizure, tremor", "short stature", "rash"] },
  {
    name: "phenoagent",
    model: "Llama3-8B",
    promptTokens: 1_200,
    outputs: ["seizure, ataxia", "short stature, cleft palate", "fever, cough"],
  },
  {
    name: "phenoagent-moa",
    model: "MoA-8",
    promptTokens: 9_000,
    outputs: ["seizure, ataxia, hypotonia", "short stature, cleft lip", "fever; cough"],
  },
] as const;

export type TSeededExperiment = { datasetName: string; traceIds: Record<string, string[]> };

async function expectOk(response: { status(): number; text(): Promise<string> }, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
}

function pipelineTraceBody(options: { output: string; promptTokens: number; durationMs: number }) {
  const traceId = hexId(16);
  const rootSpanId = hexId(8);
  const startMs = Date.now() - 10_000;
  const body = otlpJsonBody({
    traceId,
    spans: [
      {
        spanId: rootSpanId,
        name: "extract-phenotypes",
        startMs,
        durationMs: options.durationMs,
        attributes: { "openinference.span.kind": "CHAIN", "output.value": options.output },
      },
      {
        spanId: hexId(8),
        parentSpanId: rootSpanId,
        name: "ChatCompletion",
        startMs: startMs + 10,
        durationMs: options.durationMs - 20,
        attributes: {
          "openinference.span.kind": "LLM",
          "llm.model_name": "gpt-4o-mini",
          "llm.token_count.prompt": options.promptTokens,
          "llm.token_count.completion": 50,
        },
      },
    ],
  });
  return { traceId, body };
}

export async function seedExperiment(request: APIRequestContext, keys: TKeyPair): Promise<TSeededExperiment> {
  const headers = bearerAuth(keys);
  const datasetName = uniqueLabel("phenotypes");
  await expectOk(await request.post("/api/public/datasets", { headers, data: { name: datasetName } }), 201);
  for (const item of PHENOTYPE_ITEMS) {
    await expectOk(await request.post(`/api/public/datasets/${datasetName}/items`, { headers, data: item }));
  }
  const traceIds: Record<string, string[]> = {};
  for (const [runIndex, run] of EXPERIMENT_RUNS.entries()) {
    const runsPath = `/api/public/datasets/${datasetName}/runs`;
    await expectOk(
      await request.post(runsPath, { headers, data: { name: run.name, metadata: { model: run.model } } }),
      201,
    );
    traceIds[run.name] = [];
    for (const [index, item] of PHENOTYPE_ITEMS.entries()) {
      const trace = pipelineTraceBody({
        output: run.outputs[index]!,
        promptTokens: run.promptTokens,
        durationMs: 400 + 300 * runIndex + 100 * index,
      });
      await sendOtlp(request, trace.body, keys);
      traceIds[run.name]!.push(trace.traceId);
      const linked = await request.post(`${runsPath}/${run.name}/items`, {
        headers,
        data: { datasetItemId: item.id, traceId: trace.traceId },
      });
      await expectOk(linked);
    }
    const evaluated = await request.post(`${runsPath}/${run.name}/evaluate`, {
      headers,
      data: { metrics: ["exact_match", "set_prf"] },
    });
    await expectOk(evaluated);
  }
  return { datasetName, traceIds };
}
