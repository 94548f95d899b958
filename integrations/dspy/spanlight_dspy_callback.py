"""Spanlight optimisation spans for DSPy (docs/optimization-spans.md), as a DSPy callback.

Copy this file into your project. It needs only ``dspy >= 3.3.1`` (``on_compile_*``) and
``opentelemetry-api``; spans go through your tracer provider, so export them to Spanlight the way
you export the rest of your traces::

    import dspy
    from spanlight_dspy_callback import SpanlightDSPyCallback

    dspy.configure(callbacks=[SpanlightDSPyCallback()])
    optimized = dspy.MIPROv2(metric=f1, auto="light").compile(program, trainset=train, valset=val)

What it emits, per ``compile()``:

* ``optimize {Optimizer}``: the run (``optimization.run.id`` = DSPy's call id). On end the baseline
  score, the best score and the best candidate id.
* ``evaluate {metric}`` directly under the run: the first Evaluate of the unchanged student, the baseline.
* ``trial {n}`` under the run for every other Evaluate (the minimal trial: one per candidate
  evaluation), holding the candidate's instructions and demos per predictor, with its
  ``evaluate {metric}`` as a child. An Evaluate outside any compile is a standalone evaluate span.

Every evaluate span carries the split (``minibatch`` from the optimiser's ``metric_key``, else by
matching the devset against the compile's trainset / valset), size, DSPy's 0-100 score
(``score_scale = percent``), the cost of the LM calls made meanwhile, and one
``gen_ai.evaluation.result`` event per example. Parents are set explicitly from DSPy's own call ids
(``ACTIVE_CALL_ID``), which also holds in DSPy's worker threads, where OpenTelemetry's context is lost.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

from dspy.utils.callback import ACTIVE_CALL_ID, BaseCallback
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

RUN = "optimization.run.id"


def candidate_of(program: Any) -> dict[str, dict[str, Any]]:
    """``{predictor: {instructions, demos}}`` of a DSPy program, the content a candidate id hashes."""
    candidate: dict[str, dict[str, Any]] = {}
    for name, predictor in program.named_predictors():
        demos = [demo.toDict() if hasattr(demo, "toDict") else dict(demo) for demo in predictor.demos]
        candidate[name] = {"instructions": predictor.signature.instructions, "demos": demos}
    return candidate


def candidate_id(candidate: dict[str, dict[str, Any]]) -> str:
    """sha256 of the canonical JSON cut to 16 hex chars: the same program always gets the same id."""
    canonical = json.dumps(candidate, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _lm_cost_so_far() -> float:
    import dspy

    lm = dspy.settings.lm
    history = getattr(lm, "history", None) or []
    return float(sum(entry.get("cost") or 0.0 for entry in history))


class _Run:
    def __init__(self, span: Any, run_id: str, trainset: list, valset: list | None, student_id: str):
        self.span = span
        self.run_id = run_id
        self.trainset = trainset
        self.valset = valset
        self.student_id = student_id
        self.trials = 0
        self.baseline: float | None = None
        self.full_scores: dict[str, float] = {}


class _Eval:
    def __init__(self, span: Any, trial: Any | None, run: _Run | None, metric: str, split: str, cid: str):
        self.span = span
        self.trial = trial
        self.run = run
        self.metric = metric
        self.split = split
        self.candidate_id = cid
        self.cost_at_start = _lm_cost_so_far()


class SpanlightDSPyCallback(BaseCallback):
    def __init__(self, tracer: trace.Tracer | None = None):
        self.tracer = tracer or trace.get_tracer("spanlight.dspy")
        self._lock = threading.Lock()
        self._parents: dict[str, str | None] = {}  # call_id -> the call it ran inside
        self._runs: dict[str, _Run] = {}  # compile call_id -> run
        self._evals: dict[str, _Eval] = {}  # evaluate call_id -> its open spans

    # Parent bookkeeping: module calls sit between a compile and the Evaluates it starts.
    def on_module_start(self, call_id: str, instance: Any, inputs: dict[str, Any]) -> None:
        self._remember_parent(call_id)

    def on_module_end(self, call_id: str, outputs: Any, exception: Exception | None = None) -> None:
        with self._lock:
            self._parents.pop(call_id, None)

    def on_compile_start(self, call_id: str, instance: Any, inputs: dict[str, Any]) -> None:
        self._remember_parent(call_id)
        student = inputs.get("student")
        trainset = list(inputs.get("trainset") or [])
        valset = inputs.get("valset")
        metric = getattr(instance, "metric", None)
        span = self.tracer.start_span(
            f"optimize {type(instance).__name__}",
            attributes={
                "openinference.span.kind": "CHAIN",
                RUN: call_id,
                "optimization.framework": "dspy",
                "optimization.optimizer.name": type(instance).__name__,
                "optimization.metric.name": getattr(metric, "__name__", "metric"),
                "optimization.trainset.size": len(trainset),
                "optimization.valset.size": len(valset) if valset is not None else len(trainset),
            },
        )
        student_id = candidate_id(candidate_of(student)) if student is not None else ""
        with self._lock:
            self._runs[call_id] = _Run(span, call_id, trainset, list(valset) if valset is not None else None, student_id)

    def on_compile_end(self, call_id: str, outputs: Any, exception: Exception | None = None) -> None:
        with self._lock:
            run = self._runs.pop(call_id, None)
            self._parents.pop(call_id, None)
        if run is None:
            return
        if run.baseline is not None:
            run.span.set_attribute("optimization.baseline.score", run.baseline)
        best_id = candidate_id(candidate_of(outputs)) if outputs is not None else None
        best_score = getattr(outputs, "score", None)
        if best_score is None and best_id is not None:
            best_score = run.full_scores.get(best_id)
        if best_score is not None:
            run.span.set_attribute("optimization.best.score", float(best_score))
        if best_id is not None:
            run.span.set_attribute("optimization.best.candidate.id", best_id)
        run.span.set_attribute("optimization.trial.count", run.trials)
        _finish(run.span, exception)

    def on_evaluate_start(self, call_id: str, instance: Any, inputs: dict[str, Any]) -> None:
        parent_id = self._remember_parent(call_id)
        run = self._enclosing_run(parent_id)
        program = inputs.get("program")
        devset = list(inputs.get("devset") or getattr(instance, "devset", None) or [])
        metric = inputs.get("metric") or getattr(instance, "metric", None)
        metadata = inputs.get("callback_metadata") or {}
        candidate = candidate_of(program) if program is not None else {}
        cid = candidate_id(candidate)
        trial = None
        split = _split(metadata, devset, run)
        metric_name = getattr(metric, "__name__", "metric")
        attributes: dict[str, Any] = {
            "openinference.span.kind": "CHAIN",
            "optimization.eval.id": call_id,
            "optimization.eval.split": split,
            "optimization.eval.size": len(devset),
            "optimization.eval.score_scale": "percent",
        }
        if metadata.get("metric_key"):
            attributes["optimization.eval.metric_key"] = metadata["metric_key"]
        parent_span = None
        if run is not None:
            attributes[RUN] = run.run_id
            parent_span = run.span
            if not (run.baseline is None and cid == run.student_id):
                with self._lock:
                    run.trials += 1
                    number = run.trials
                trial = self.tracer.start_span(
                    f"trial {number}",
                    context=trace.set_span_in_context(run.span),
                    attributes={
                        "openinference.span.kind": "CHAIN",
                        RUN: run.run_id,
                        "optimization.trial.number": number,
                        "optimization.candidate.id": cid,
                        "optimization.candidate.instructions": json.dumps({k: v["instructions"] for k, v in candidate.items()}),
                        "optimization.candidate.demos": json.dumps({k: v["demos"] for k, v in candidate.items()}, default=str),
                        "optimization.trial.status": "evaluated",
                    },
                )
                parent_span = trial
        context = trace.set_span_in_context(parent_span) if parent_span is not None else None
        span = self.tracer.start_span(f"evaluate {metric_name}", context=context, attributes=attributes)
        with self._lock:
            self._evals[call_id] = _Eval(span, trial, run, metric_name, split, cid)

    def on_evaluate_end(self, call_id: str, outputs: Any, exception: Exception | None = None) -> None:
        with self._lock:
            entry = self._evals.pop(call_id, None)
            self._parents.pop(call_id, None)
        if entry is None:
            return
        span, trial, run = entry.span, entry.trial, entry.run
        if outputs is not None:
            score = float(getattr(outputs, "score", outputs))
            span.set_attribute("optimization.eval.score", score)
            _add_example_events(span, entry.metric, getattr(outputs, "results", None) or [])
            if run is not None and entry.split != "minibatch":
                run.full_scores[entry.candidate_id] = score
                if trial is None:
                    run.baseline = score
        span.set_attribute("optimization.cost.usd", max(0.0, _lm_cost_so_far() - entry.cost_at_start))
        _finish(span, exception)
        if trial is not None:
            _finish(trial, exception)

    def _remember_parent(self, call_id: str) -> str | None:
        parent = ACTIVE_CALL_ID.get()
        with self._lock:
            self._parents[call_id] = parent
        return parent

    def _enclosing_run(self, call_id: str | None) -> _Run | None:
        with self._lock:
            seen = 0
            while call_id is not None and seen < 1000:
                if call_id in self._runs:
                    return self._runs[call_id]
                call_id = self._parents.get(call_id)
                seen += 1
        return None


def _split(metadata: dict[str, Any], devset: list, run: _Run | None) -> str:
    if metadata.get("metric_key") == "eval_minibatch":
        return "minibatch"
    if run is None:
        return "dev"
    valset = run.valset if run.valset is not None else run.trainset
    if devset == valset:
        return "val"
    if devset == run.trainset:
        return "train"
    return "minibatch" if len(devset) < len(valset) else "dev"


def _add_example_events(span: Any, metric_name: str, results: list) -> None:
    for index, (_example, _prediction, value) in enumerate(results):
        score = float(getattr(value, "score", value) or 0.0)
        attributes: dict[str, Any] = {
            "gen_ai.evaluation.name": metric_name,
            "gen_ai.evaluation.score.value": score,
            "optimization.eval.example.index": index,
        }
        if isinstance(value, bool):
            attributes["gen_ai.evaluation.score.label"] = "pass" if value else "fail"
        feedback = getattr(value, "feedback", None)
        if feedback:
            attributes["gen_ai.evaluation.explanation"] = str(feedback)
        span.add_event("gen_ai.evaluation.result", attributes)


def _finish(span: Any, exception: Exception | None) -> None:
    if exception is not None:
        span.record_exception(exception)
        span.set_status(Status(StatusCode.ERROR, str(exception)))
    span.end()
