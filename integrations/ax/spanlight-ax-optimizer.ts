import { createHash, randomUUID } from "node:crypto";
import { context, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Span, Tracer } from "@opentelemetry/api";
import type { AxOptimizationProgress, AxOptimizerLoggerData } from "@ax-llm/ax";

/**
 * Spanlight optimisation spans (docs/optimization-spans.md) for Ax's optimisers (AxBootstrapFewShot,
 * AxGEPA, …), which put no trial or score in traces and report through `optimizerLogger`,
 * `onProgress` and their result. Copy this file into your project (it needs `@opentelemetry/api`):
 *
 *   const spans = createAxOptimizationSpans({ tracer, metricName: "exact_match" });
 *   const optimizer = new AxGEPA({ studentAI, ...spans.optimizerArgs });
 *   const result = await spans.run(() => optimizer.compile(program, train, metric, options));
 *
 * `optimizerArgs` turns on `debugOptimizer`: Ax calls `optimizerLogger` only then (or with `verbose`).
 * `run` makes the run span the active context, so the program's own AxGen / AI Chat Request spans land
 * in the run's trace, and ends the run with the result's best score and winning candidate.
 * The program it returns is recorded as the last trial, with the result's score. Scores stay as Ax
 * reports them: 0-1 (`score_scale = fraction`), GEPA's rounds as minibatch sums (`sum`).
 */

export type TAxOptimizationSpansOptions = {
  tracer: Tracer;
  metricName: string;
  /** Defaults to a random UUID; pass your own to find the run again. */
  runId?: string;
  /** Defaults to the optimizerType Ax reports, else "Ax". */
  optimizerName?: string;
  /** Score of the unoptimised program, when you evaluated it yourself. */
  baselineScore?: number;
};

/** What this adapter reads of an Ax optimiser's result (`AxOptimizerResult` and its GEPA extensions). */
export type TAxOptimizationResult = {
  bestScore: number;
  demos?: readonly unknown[];
  finalConfiguration?: Record<string, unknown>;
  optimizedProgram?: { bestScore?: number; instruction?: string; componentMap?: Record<string, unknown>; demos?: readonly unknown[] };
};

type TRound = {
  round: number;
  score: number;
  configuration: Record<string, unknown>;
  split: string;
  scale: string;
  demos?: unknown;
};

export type TAxOptimizationSpans = {
  runId: string;
  optimizerArgs: {
    debugOptimizer: true;
    optimizerLogger: (data: AxOptimizerLoggerData) => void;
    onProgress: (progress: Readonly<AxOptimizationProgress>) => void;
  };
  run: <R extends TAxOptimizationResult>(compile: () => Promise<R>) => Promise<R>;
};

/**
 * What a round's score is. GEPA reports each round as the sum of the child's scores on a minibatch
 * (`updateOptimizationProgress(round, minibatch.sum, …)` in Ax 24), so its rounds are minibatch sums;
 * other optimisers report a 0-1 score. The result's best score is the 0-1 score on the validation set.
 */
function roundScore(optimizerName: string | null): Pick<TRound, "split" | "scale"> {
  return optimizerName === "GEPA" ? { split: "minibatch", scale: "sum" } : { split: "val", scale: "fraction" };
}

/** sha256 of canonical JSON cut to 16 hex chars, as the DSPy callback does: same content, same id. */
export function candidateId(candidate: unknown): string {
  return createHash("sha256").update(canonicalJson(candidate)).digest("hex").slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function createAxOptimizationSpans(options: TAxOptimizationSpansOptions): TAxOptimizationSpans {
  const runId = options.runId ?? randomUUID();
  const { tracer } = options;
  let runSpan: Span | null = null;
  let optimizerName = options.optimizerName ?? null;
  const rounds = new Map<number, TRound>();

  const startRun = (attributes: Attributes = {}): Span => {
    runSpan ??= tracer.startSpan(`optimize ${optimizerName ?? "Ax"}`, {
      attributes: {
        "optimization.run.id": runId,
        "optimization.framework": "ax",
        "optimization.metric.name": options.metricName,
      },
    });
    runSpan.setAttributes(attributes);
    return runSpan;
  };

  /** One trial per round, with its evaluation as a child; a round Ax reports twice is recorded once. */
  const recordRound = (round: TRound): void => {
    if (rounds.has(round.round)) return;
    rounds.set(round.round, round);
    const parent = trace.setSpan(context.active(), startRun());
    const trial = tracer.startSpan(
      `trial ${round.round}`,
      {
        attributes: {
          "optimization.run.id": runId,
          "optimization.trial.number": round.round,
          "optimization.candidate.id": candidateId(round.configuration),
          "optimization.candidate.params": JSON.stringify(round.configuration),
          ...(round.demos === undefined ? {} : { "optimization.candidate.demos": JSON.stringify(round.demos) }),
          "optimization.trial.status": "evaluated",
        },
      },
      parent,
    );
    const evaluation = tracer.startSpan(
      `evaluate ${options.metricName}`,
      {
        attributes: {
          "optimization.run.id": runId,
          "optimization.eval.split": round.split,
          "optimization.eval.score": round.score,
          "optimization.eval.score_scale": round.scale,
        },
      },
      trace.setSpan(parent, trial),
    );
    evaluation.end();
    trial.end();
  };

  const optimizerLogger = (data: AxOptimizerLoggerData): void => {
    if (data.name === "OptimizationStart") {
      optimizerName ??= data.value.optimizerType;
      startRun({
        "optimization.optimizer.name": optimizerName,
        "optimization.trainset.size": data.value.exampleCount,
        "optimization.valset.size": data.value.validationCount,
      });
    } else if (data.name === "RoundProgress") {
      const { round, currentScore, configuration } = data.value;
      recordRound({ round, score: currentScore, configuration, ...roundScore(optimizerName) });
    } else if (data.name === "EarlyStopping") {
      startRun({ "optimization.early_stop.reason": data.value.reason });
    } else if (data.name === "OptimizationComplete" && data.value.optimizerType !== undefined) {
      optimizerName ??= data.value.optimizerType;
    }
  };

  const onProgress = (progress: Readonly<AxOptimizationProgress>): void =>
    recordRound({
      round: progress.round,
      score: progress.currentScore,
      configuration: progress.currentConfiguration ?? {},
      ...roundScore(optimizerName),
    });

  const finishRun = (result: TAxOptimizationResult): void => {
    const span = startRun();
    const winner = winningCandidate(result);
    // The returned program is the last trial, scored as the result says: on the validation set, or for an
    // optimiser that reports no round (BootstrapFewShot) the share of training examples it bootstrapped.
    const lastRound = Math.max(0, ...rounds.keys());
    const split = rounds.size === 0 ? "train" : "val";
    const score = result.optimizedProgram?.bestScore ?? result.bestScore;
    recordRound({ round: lastRound + 1, score, configuration: winner, demos: demosByProgram(result), split, scale: "fraction" });
    const attributes: Attributes = {
      "optimization.optimizer.name": optimizerName ?? "Ax",
      "optimization.best.score": score,
      "optimization.best.candidate.id": candidateId(winner),
      "optimization.trial.count": rounds.size,
      "output.value": JSON.stringify(winner),
    };
    if (options.baselineScore !== undefined) attributes["optimization.baseline.score"] = options.baselineScore;
    span.updateName(`optimize ${optimizerName ?? "Ax"}`);
    span.setAttributes(attributes);
    span.end();
  };

  const run = async <R extends TAxOptimizationResult>(compile: () => Promise<R>): Promise<R> => {
    const span = startRun();
    try {
      const result = await context.with(trace.setSpan(context.active(), span), compile);
      finishRun(result);
      return result;
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
      throw error;
    }
  };

  return { runId, optimizerArgs: { debugOptimizer: true, optimizerLogger, onProgress }, run };
}

/** Ax's demos are `{programId, traces}` per predictor; the contract wants predictor → list. */
function demosByProgram(result: TAxOptimizationResult): Record<string, unknown> | undefined {
  const demos = result.demos ?? result.optimizedProgram?.demos;
  if (demos === undefined || demos.length === 0) return undefined;
  const byProgram: Record<string, unknown> = {};
  for (const [index, demo] of demos.entries()) {
    const { programId, traces } = (demo ?? {}) as { programId?: string; traces?: unknown };
    byProgram[programId ?? String(index)] = traces ?? demo;
  }
  return byProgram;
}

/** The program the optimiser returns: GEPA's component map or instruction, else the demos. */
function winningCandidate(result: TAxOptimizationResult): Record<string, unknown> {
  const program = result.optimizedProgram;
  if (program?.componentMap !== undefined) return { componentMap: program.componentMap };
  if (program?.instruction !== undefined) return { instruction: program.instruction };
  return { demos: result.demos ?? program?.demos ?? [] };
}
