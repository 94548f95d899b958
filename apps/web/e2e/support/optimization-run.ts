// A MIPROv2-style optimiser run as a DSPy callback emits it: every trial and evaluation in a trace
// of its own (DSPy's worker threads lose the OTel context), sent out of order, the run span last.
import type { APIRequestContext } from "@playwright/test";
import { hexId, otlpJsonBody, sendOtlp, uniqueLabel } from "../api/explorer-fixtures";
import type { TKeyPair } from "../api/explorer-fixtures";

type TAttributes = Record<string, string | number | boolean>;

/** Full-evaluation scores per trial (DSPy percent); each trial also has a minibatch of 4. */
export const TRIAL_SCORES = [48, 61.5, 57, 66];

async function sendSpan(request: APIRequestContext, keys: TKeyPair, name: string, attributes: TAttributes) {
  const traceId = hexId(16);
  const body = otlpJsonBody({
    traceId,
    spans: [
      {
        spanId: hexId(8),
        name,
        startMs: Date.now() - 60_000,
        durationMs: 2_000,
        attributes: { "openinference.span.kind": "CHAIN", ...attributes },
      },
    ],
  });
  await sendOtlp(request, body, keys);
  return traceId;
}

export async function seedOptimizationRun(request: APIRequestContext, keys: TKeyPair): Promise<{ runId: string }> {
  const runId = uniqueLabel("mipro");
  const tag = { "optimization.run.id": runId };
  await sendSpan(request, keys, "evaluate f1", {
    ...tag,
    "optimization.eval.split": "val",
    "optimization.eval.size": 20,
    "optimization.eval.score": 40,
    "optimization.eval.score_scale": "percent",
  });
  for (const [index, score] of [...TRIAL_SCORES.entries()].reverse()) {
    const number = index + 1;
    await sendSpan(request, keys, `evaluate f1`, {
      ...tag,
      "optimization.trial.number": number,
      "optimization.eval.split": "val",
      "optimization.eval.size": 20,
      "optimization.eval.score": score,
      "optimization.eval.score_scale": "percent",
      "optimization.cost.usd": 0.004,
    });
    await sendSpan(request, keys, `evaluate f1`, {
      ...tag,
      "optimization.trial.number": number,
      "optimization.eval.split": "minibatch",
      "optimization.eval.size": 4,
      "optimization.eval.score": Math.min(100, score + 10),
      "optimization.eval.score_scale": "percent",
      "optimization.cost.usd": 0.001,
    });
    await sendSpan(request, keys, `trial ${number}`, {
      ...tag,
      "optimization.trial.number": number,
      "optimization.candidate.id": `cand-${number}`,
      "optimization.candidate.instructions": JSON.stringify({
        extract: `Candidate ${number}: list every phenotype term.`,
      }),
      "optimization.trial.status": score === 66 ? "accepted" : "evaluated",
    });
  }
  await sendSpan(request, keys, "optimize MIPROv2", {
    ...tag,
    "optimization.optimizer.name": "MIPROv2",
    "optimization.metric.name": "set_f1",
    "optimization.baseline.score": 40,
    "optimization.best.score": 66,
    "optimization.best.candidate.id": "cand-4",
  });
  return { runId };
}
