"""Writes fixtures/*.json: the OTLP/JSON requests spanlight_dspy_callback.py emits for one MIPROv2 run.

Neither dspy nor the Python OpenTelemetry SDK can be installed where Spanlight is built (no PyPI), so
this script runs the real callback against two small stand-ins: a ``dspy`` with ``BaseCallback``,
``ACTIVE_CALL_ID`` and an LM history, and an ``opentelemetry.trace`` whose spans are written the way
the SDK's OTLP exporter encodes them (hex ids, string nanoseconds, typed attribute values), in two
requests as a BatchSpanProcessor would send them (spans in the order they ended). The hooks are called
in the order DSPy 3.3.1's MIPROv2 calls them. Usage: ``python3 integrations/dspy/make_fixtures.py [out_dir]``
(default ``integrations/dspy/fixtures``; a unit test writes elsewhere and compares).
"""

from __future__ import annotations

import contextvars
import json
import random
import sys
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
START_NANO = 1_796_400_000_000_000_000
rng = random.Random(7)
clock = [START_NANO]


def tick(millis: int = 5) -> int:
    clock[0] += millis * 1_000_000
    return clock[0]


# ---- stand-in for opentelemetry.trace -------------------------------------------------------------
ended: list["Span"] = []


class StatusCode:
    UNSET, OK, ERROR = 0, 1, 2


class Status:
    def __init__(self, code: int, description: str = ""):
        self.code, self.description = code, description


class Span:
    def __init__(self, name: str, parent: "Span | None", attributes: dict):
        self.name = name
        self.trace_id = parent.trace_id if parent else "%032x" % rng.getrandbits(128)
        self.span_id = "%016x" % rng.getrandbits(64)
        self.parent_id = parent.span_id if parent else None
        self.attributes = dict(attributes or {})
        self.events: list[dict] = []
        self.status = Status(StatusCode.UNSET)
        self.start = tick()
        self.end_time = None

    def set_attribute(self, key, value):
        self.attributes[key] = value

    def add_event(self, name, attributes):
        self.events.append({"name": name, "time": tick(1), "attributes": dict(attributes)})

    def record_exception(self, exception):
        self.add_event("exception", {"exception.type": type(exception).__name__, "exception.message": str(exception)})

    def set_status(self, status):
        self.status = status

    def end(self):
        self.end_time = tick()
        ended.append(self)


class Tracer:
    def start_span(self, name, context=None, attributes=None):
        return Span(name, (context or {}).get("span"), attributes)


trace_module = types.ModuleType("opentelemetry.trace")
trace_module.Tracer = Tracer
trace_module.Status = Status
trace_module.StatusCode = StatusCode
trace_module.get_tracer = lambda name: Tracer()
trace_module.set_span_in_context = lambda span: {"span": span}
otel_module = types.ModuleType("opentelemetry")
otel_module.trace = trace_module

# ---- stand-in for dspy ---------------------------------------------------------------------------
ACTIVE_CALL_ID = contextvars.ContextVar("active_call_id", default=None)
callback_module = types.ModuleType("dspy.utils.callback")
callback_module.BaseCallback = type("BaseCallback", (), {})
callback_module.ACTIVE_CALL_ID = ACTIVE_CALL_ID
lm = types.SimpleNamespace(history=[])
dspy_module = types.ModuleType("dspy")
dspy_module.settings = types.SimpleNamespace(lm=lm)
dspy_module.utils = types.ModuleType("dspy.utils")
dspy_module.utils.callback = callback_module
sys.modules.update(
    {
        "opentelemetry": otel_module,
        "opentelemetry.trace": trace_module,
        "dspy": dspy_module,
        "dspy.utils": dspy_module.utils,
        "dspy.utils.callback": callback_module,
    }
)
sys.path.insert(0, str(HERE))
from spanlight_dspy_callback import SpanlightDSPyCallback  # noqa: E402


class Example(dict):
    def toDict(self):
        return dict(self)


class Predictor:
    def __init__(self, instructions: str, demos: list):
        self.signature = types.SimpleNamespace(instructions=instructions)
        self.demos = demos


class Program:
    def __init__(self, instructions: str, demos: list):
        self.predictor = Predictor(instructions, demos)

    def named_predictors(self):
        return [("extract", self.predictor)]


def f1(example, prediction, trace=None):
    return True


class MIPROv2:
    metric = staticmethod(f1)


class Evaluate:
    pass


def call_id() -> str:
    return "%032x" % rng.getrandbits(128)


def evaluate(callback, parent_id, program, devset, passed, metric_key=None, lm_cost=0.0):
    """One Evaluate call inside the compile: hooks, LM calls (their cost), the 0-100 score DSPy returns."""
    eval_id = call_id()
    token = ACTIVE_CALL_ID.set(parent_id)
    metadata = {"metric_key": metric_key} if metric_key else None
    callback.on_evaluate_start(eval_id, Evaluate(), {"program": program, "metric": f1, "devset": devset, "callback_metadata": metadata})
    ACTIVE_CALL_ID.reset(token)
    tick(40)
    lm.history.append({"cost": lm_cost})
    results = [(example, {"answer": "x"}, index < passed) for index, example in enumerate(devset)]
    score = round(100 * passed / len(devset), 2)
    callback.on_evaluate_end(eval_id, types.SimpleNamespace(score=score, results=results), None)


def otlp_value(value):
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    return {"stringValue": str(value)}


def otlp_attributes(attributes: dict) -> list:
    return [{"key": key, "value": otlp_value(value)} for key, value in attributes.items()]


def otlp_span(span: Span) -> dict:
    encoded = {
        "traceId": span.trace_id,
        "spanId": span.span_id,
        "name": span.name,
        "kind": 1,
        "startTimeUnixNano": str(span.start),
        "endTimeUnixNano": str(span.end_time),
        "attributes": otlp_attributes(span.attributes),
        "events": [{"timeUnixNano": str(e["time"]), "name": e["name"], "attributes": otlp_attributes(e["attributes"])} for e in span.events],
        "status": {"code": span.status.code},
    }
    if span.parent_id:
        encoded["parentSpanId"] = span.parent_id
    return encoded


def otlp_request(spans: list[Span]) -> dict:
    resource = {"service.name": "dspy-optimizer", "telemetry.sdk.language": "python", "telemetry.sdk.name": "opentelemetry"}
    return {
        "_comment": "Generated by integrations/dspy/make_fixtures.py: the real callback on stand-ins for dspy and the OTel SDK. Re-run, do not edit.",
        "resourceSpans": [
            {
                "resource": {"attributes": otlp_attributes(resource)},
                "scopeSpans": [{"scope": {"name": "spanlight.dspy"}, "spans": [otlp_span(span) for span in spans]}],
            }
        ],
    }


def main() -> None:
    callback = SpanlightDSPyCallback()
    trainset = [Example(question=f"q{i}", answer=f"a{i}") for i in range(20)]
    valset = [Example(question=f"v{i}", answer=f"b{i}") for i in range(10)]
    student = Program("Extract the phenotypes.", [])
    proposal_a = Program("List every phenotype mentioned, one per line.", [trainset[0]])
    proposal_b = Program("Name the phenotypes.", [trainset[1], trainset[2]])

    compile_id = call_id()
    callback.on_compile_start(compile_id, MIPROv2(), {"student": student, "trainset": trainset, "valset": valset})
    evaluate(callback, compile_id, student, valset, passed=4, lm_cost=0.004)  # "Default program score"
    evaluate(callback, compile_id, proposal_a, valset[:5], passed=3, metric_key="eval_minibatch", lm_cost=0.002)
    evaluate(callback, compile_id, proposal_b, valset[:5], passed=2, metric_key="eval_minibatch", lm_cost=0.002)
    evaluate(callback, compile_id, proposal_a, valset, passed=7, metric_key="eval_full", lm_cost=0.004)
    best = Program(proposal_a.predictor.signature.instructions, proposal_a.predictor.demos)
    best.score = 70.0  # MIPROv2 sets the returned program's score
    first_batch = len(ended)
    callback.on_compile_end(compile_id, best, None)

    # A BatchSpanProcessor exports what has ended: the first evaluations, then the rest with the run span.
    split = first_batch // 2
    batches = [ended[:split], ended[split:]]
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fixtures"
    out_dir.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(batches, start=1):
        path = out_dir / f"mipro-run-{number}.json"
        path.write_text(json.dumps(otlp_request(batch), indent=1) + "\n")
        print(path, len(batch), "spans")


if __name__ == "__main__":
    main()
