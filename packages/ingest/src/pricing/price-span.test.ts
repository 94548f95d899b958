import { describe, expect, it } from "vitest";
import type { TUsage } from "../types.ts";
import { DEFAULT_MODEL_PRICES } from "./default-model-prices.ts";
import { priceSpan } from "./price-span.ts";
import type { TModelPrice } from "./types.ts";

const NO_USAGE: TUsage = { input: null, output: null, total: null, cacheRead: null, cacheWrite: null, reasoning: null };

function usage(values: Partial<TUsage>): TUsage {
  return { ...NO_USAGE, ...values };
}

const TEST_PRICE: TModelPrice = {
  id: "test-model",
  modelName: "test-model",
  matchPattern: "test-model",
  provider: "test",
  inputPerMTok: 10,
  outputPerMTok: 20,
  cacheReadPerMTok: 1,
  cacheWritePerMTok: 12.5,
  reasoningPerMTok: 40,
  source: "https://example.com/pricing",
  asOf: "2025-01-01",
};

describe("priceSpan", () => {
  it("prices cached reads and writes at their own rates, out of input", () => {
    const cost = priceSpan(
      {
        model: "test-model",
        provider: null,
        usage: usage({ input: 1_000_000, cacheRead: 600_000, cacheWrite: 100_000 }),
        providedCost: null,
      },
      [TEST_PRICE],
    );
    // 300k uncached × $10 + 600k × $1 + 100k × $12.5 per million.
    expect(cost).toEqual({
      costUsd: 4.85,
      inputCostUsd: 4.85,
      outputCostUsd: 0,
      priceId: "test-model",
      costSource: "price",
    });
  });

  it("prices reasoning once, at its rate, out of output", () => {
    const cost = priceSpan(
      {
        model: "test-model",
        provider: null,
        usage: usage({ output: 1_000_000, reasoning: 250_000 }),
        providedCost: null,
      },
      [TEST_PRICE],
    );
    // 750k × $20 + 250k × $40 per million: $25, not $35 (reasoning counted twice).
    expect(cost.outputCostUsd).toBe(25);
  });

  it("bills reasoning at the output rate when the row has no reasoning rate", () => {
    const cost = priceSpan(
      {
        model: "o4-mini-2025-04-16",
        provider: "openai",
        usage: usage({ input: 1000, output: 2000, reasoning: 1500 }),
        providedCost: null,
      },
      DEFAULT_MODEL_PRICES,
    );
    expect(cost.priceId).toBe("openai-o4-mini");
    expect(cost.outputCostUsd).toBeCloseTo(0.0088, 12);
    expect(cost.costUsd).toBeCloseTo(0.0011 + 0.0088, 12);
  });

  it("uses the default table's cache rate for gpt-4o-mini", () => {
    const cost = priceSpan(
      {
        model: "openai/gpt-4o-mini",
        provider: "openai",
        usage: usage({ input: 2_000_000, cacheRead: 1_000_000, output: 0 }),
        providedCost: null,
      },
      DEFAULT_MODEL_PRICES,
    );
    expect(cost.inputCostUsd).toBeCloseTo(0.15 + 0.075, 12);
  });

  it("lets a provided cost win over the price table", () => {
    const cost = priceSpan(
      {
        model: "test-model",
        provider: null,
        usage: usage({ input: 1_000_000 }),
        providedCost: { input: 0.1, output: 0.2, total: 0.3 },
      },
      [TEST_PRICE],
    );
    expect(cost).toEqual({
      costUsd: 0.3,
      inputCostUsd: 0.1,
      outputCostUsd: 0.2,
      priceId: null,
      costSource: "provided",
    });
  });

  it("takes the first matching row, so an override put first wins", () => {
    const override: TModelPrice = {
      ...TEST_PRICE,
      id: "project-gpt-4o",
      matchPattern: "gpt-4o",
      inputPerMTok: 1,
      outputPerMTok: 1,
    };
    const cost = priceSpan(
      {
        model: "gpt-4o",
        provider: "openai",
        usage: usage({ input: 1_000_000, output: 1_000_000 }),
        providedCost: null,
      },
      [override, ...DEFAULT_MODEL_PRICES],
    );
    expect(cost).toMatchObject({ priceId: "project-gpt-4o", costUsd: 2 });
  });

  it("returns costSource none for an unknown model or no usage", () => {
    const unknown = priceSpan(
      { model: "my-private-model", provider: null, usage: usage({ input: 10, output: 10 }), providedCost: null },
      DEFAULT_MODEL_PRICES,
    );
    expect(unknown).toEqual({
      costUsd: null,
      inputCostUsd: null,
      outputCostUsd: null,
      priceId: null,
      costSource: "none",
    });
    const noUsage = priceSpan(
      { model: "gpt-4o", provider: null, usage: NO_USAGE, providedCost: null },
      DEFAULT_MODEL_PRICES,
    );
    expect(noUsage.costSource).toBe("none");
  });
});
