import { AxAIOpenAI, AxAIOpenAIModel, AxBootstrapFewShot, AxGEPA, AxGen } from "@ax-llm/ax";
import type { AxMetricFn } from "@ax-llm/ax";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ZOptimizationRunDetail } from "@spanlight/core";
import { closeDb, getPool, SpanWriter } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import { decodeProtobufTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAxOptimizationSpans } from "../../../../../../integrations/ax/spanlight-ax-optimizer";
import { startHttpCaptureServer } from "../../../../../../packages/ingest/scripts/capture/http-capture-server";
import { startMockOpenAiServer } from "../../../../../../packages/ingest/test/mock-openai-server";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { getOptimizationRun } from "./load-optimization-runs";

/*
 * End to end for integrations/ax: real Ax optimisers (GEPA, BootstrapFewShot) against the mock OpenAI
 * server, the adapter's spans and Ax's own through the real OTel SDK and OTLP/protobuf exporter, then
 * ingested over PostgreSQL and read back as optimisation runs.
 */

type TQuestion = { question: string };
type TAnswer = { answer: string };

const EXAMPLES = [
  { question: "Weather in Paris?", answer: "sunny" },
  { question: "Weather in Rome?", answer: "sunny" },
  { question: "Weather in Oslo?", answer: "rain" },
];

/** The mock always answers "It is sunny…", so two of the three examples pass. */
const mentionsExpected: AxMetricFn = ({ prediction, example }) =>
  String((prediction as TAnswer).answer).toLowerCase().includes(String(example.answer)) ? 1 : 0;

describe("[EXPERIMENTS] Ax optimisers through the Spanlight adapter", () => {
  let projectId: string;
  let writer: SpanWriter;
  let servers: { close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const [openAi, capture] = await Promise.all([startMockOpenAiServer(), startHttpCaptureServer()]);
    servers = [openAi, capture];
    const provider = new NodeTracerProvider({
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${capture.baseUrl}/v1/traces` }))],
    });
    provider.register();
    const tracer = provider.getTracer("ax-optimizer-test");
    const llm = new AxAIOpenAI({
      apiKey: "sk-spanlight-fixture-not-a-key",
      apiURL: openAi.baseUrl,
      config: { model: AxAIOpenAIModel.GPT4OMini },
      options: { tracer },
    });
    const program = () => new AxGen<TQuestion, TAnswer>('"Answers a weather question" question:string -> answer:string');

    const gepa = createAxOptimizationSpans({ tracer, metricName: "mentions_expected", runId: "ax-gepa-run" });
    const gepaOptimizer = new AxGEPA({ studentAI: llm, teacherAI: llm, numTrials: 3, minibatch: true, minibatchSize: 2, seed: 7, ...gepa.optimizerArgs });
    await gepa.run(() => gepaOptimizer.compile(program(), EXAMPLES, mentionsExpected, { maxMetricCalls: 12 }));

    const bootstrap = createAxOptimizationSpans({ tracer, metricName: "mentions_expected", runId: "ax-bootstrap-run" });
    const bootstrapOptimizer = new AxBootstrapFewShot({ studentAI: llm, options: { maxRounds: 2, maxDemos: 2 }, ...bootstrap.optimizerArgs });
    await bootstrap.run(() => bootstrapOptimizer.compile(program(), EXAMPLES, mentionsExpected));

    await provider.shutdown();
    for (const request of capture.captured) {
      await ingestTraceRequest({ projectId, request: decodeProtobufTraceRequest(request.body), writer });
    }
  }, 120_000);
  afterAll(async () => {
    await writer.drain();
    await Promise.all(servers.map((server) => server.close()));
    await closeDb();
  });

  it("assembles GEPA's rounds as minibatch trials, then the returned program scored on the validation set", async () => {
    const run = ZOptimizationRunDetail.parse(await getOptimizationRun({ projectId, runId: "ax-gepa-run" }));
    expect(run).toMatchObject({ optimizer: "GEPA", metric: "mentions_expected" });
    expect(run.trials.map((trial) => trial.number)).toEqual(run.trials.map((_trial, index) => index + 1));
    const rounds = run.trials.slice(0, -1);
    expect(rounds.length).toBeGreaterThan(0);
    for (const trial of rounds) {
      // GEPA reports the sum of the child's scores on a minibatch of 2: 0, 1 or 2.
      expect(trial).toMatchObject({ split: "minibatch", scoreScale: "sum", status: "evaluated" });
      expect([0, 1, 2]).toContain(trial.score);
    }
    const winner = run.trials.at(-1)!;
    expect(winner).toMatchObject({ split: "val", scoreScale: "fraction", candidateId: run.bestCandidateId });
    // The mock always answers "sunny": two of the three examples pass.
    expect(winner.score).toBeCloseTo(2 / 3, 6);
    expect(run.bestScore).toBeCloseTo(2 / 3, 6);
    // Ax's AI Chat Request spans ran inside the run span, so the run's trace carries their priced tokens.
    expect(run.costUsd ?? 0).toBeGreaterThan(0);
  });

  it("gives BootstrapFewShot, which reports no rounds, one trial holding the demos it returned", async () => {
    const run = ZOptimizationRunDetail.parse(await getOptimizationRun({ projectId, runId: "ax-bootstrap-run" }));
    expect(run).toMatchObject({ optimizer: "BootstrapFewShot", trialCount: 1 });
    expect(run.trials).toHaveLength(1);
    // Its score is the share of sampled examples that bootstrapped a demo, which varies with the sample.
    expect(run.trials[0]).toMatchObject({ number: 1, split: "train", score: run.bestScore, candidateId: run.bestCandidateId });
    expect(run.bestScore).toBeGreaterThan(0);
    const candidate = run.candidates.find((item) => item.id === run.bestCandidateId);
    expect(candidate?.demos).toMatchObject({ root: expect.arrayContaining([expect.objectContaining({ question: expect.any(String) })]) });
  });
});
