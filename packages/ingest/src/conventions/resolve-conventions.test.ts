import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MIXED_CONVENTIONS } from "./__fixtures__/langfuse-payloads.ts";
import { normalizeOne } from "./__fixtures__/otlp-builders.ts";
import { PRECEDENCE } from "./precedence.ts";
import { finalizeUsage } from "./resolve-conventions.ts";

describe("precedence when several conventions are present", () => {
  const span = normalizeOne(MIXED_CONVENTIONS);

  it("lets explicit langfuse keys win model, usage and cost", () => {
    expect(span.model).toBe("my-finetune");
    expect(span.usage).toMatchObject({ input: 10, output: 4, cacheRead: 6 });
    expect(span.providedCost).toEqual({ input: null, output: null, total: 0.5 });
  });

  it("takes the OpenInference kind over gen_ai.operation.name", () => {
    expect(span.kind).toBe("CHAIN");
  });

  it("takes gen_ai provider and messages over OpenInference ones", () => {
    expect(span.provider).toBe("azure.ai.openai");
    expect(span.input).toEqual([{ role: "user", parts: [{ type: "text", content: "from genai" }] }]);
    expect(span.inputMessages).toEqual([{ role: "user", content: "from genai" }]);
  });

  it("orders user, session and tags as SEMCONV §7 says", () => {
    expect(span.userId).toBe("generic-user");
    expect(span.sessionId).toBe("generic-session");
    expect(span.tags).toEqual(["oi-tag"]);
  });

  it("merges metadata with langfuse over traceloop over OpenInference", () => {
    expect(span.metadata).toMatchObject({ k: "langfuse", only_oi: 1 });
  });
});

describe("finalizeUsage", () => {
  const empty = { input: null, output: null, total: null, cacheRead: null, cacheWrite: null, reasoning: null };

  it("adds cache into an input that is smaller than the cache (exclusive report)", () => {
    expect(finalizeUsage({ ...empty, input: 10, cacheRead: 100, cacheWrite: 5 })).toMatchObject({
      input: 115,
      total: 115,
    });
  });

  it("leaves an inclusive input alone", () => {
    expect(finalizeUsage({ ...empty, input: 100, cacheRead: 100 })).toMatchObject({ input: 100 });
  });

  it("adds reasoning into an output smaller than it", () => {
    expect(finalizeUsage({ ...empty, output: 5, reasoning: 50 })).toMatchObject({ output: 55, total: 55 });
  });

  it("rebuilds a total below input + output and keeps null when nothing is known", () => {
    expect(finalizeUsage({ ...empty, input: 10, output: 5, total: 3 }).total).toBe(15);
    expect(finalizeUsage(empty)).toEqual(empty);
  });
});

describe("docs/precedence.md", () => {
  const doc = readFileSync(new URL("../../docs/precedence.md", import.meta.url), "utf8");

  it("lists every field and source key of PRECEDENCE in the same order", () => {
    for (const [field, keys] of Object.entries(PRECEDENCE)) {
      const row = doc.split("\n").find((line) => line.startsWith(`| ${field} |`));
      expect(row, `row for ${field}`).toBeDefined();
      const positions = keys.map((key) => row?.indexOf(`\`${key}\``) ?? -1);
      expect(
        positions.every((position) => position >= 0),
        `${field} lists all keys`,
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        `${field} keeps the order`,
      ).toEqual(positions);
    }
  });
});
