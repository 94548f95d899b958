import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PRICES } from "./default-model-prices.ts";
import { matchModelPrice } from "./match-model-price.ts";
import type { TModelPrice } from "./types.ts";

function matchId(model: string): string | null {
  return matchModelPrice(model, DEFAULT_MODEL_PRICES)?.id ?? null;
}

describe("DEFAULT_MODEL_PRICES matching", () => {
  it.each([
    ["gpt-4o-mini", "openai-gpt-4o-mini"],
    ["gpt-4o-mini-2024-07-18", "openai-gpt-4o-mini"],
    ["openai/gpt-4o-mini", "openai-gpt-4o-mini"],
    ["GPT-4o-Mini", "openai-gpt-4o-mini"],
    ["gpt-4o", "openai-gpt-4o"],
    ["gpt-4o-2024-08-06", "openai-gpt-4o"],
    ["gpt-4o-2024-05-13", "openai-gpt-4o-2024-05-13"],
    ["gpt-4.1-nano-2025-04-14", "openai-gpt-4.1-nano"],
    ["o3-mini", "openai-o3-mini"],
    ["gpt-5-2025-08-07", "openai-gpt-5"],
    ["text-embedding-3-small", "openai-text-embedding-3-small"],
    ["claude-3-5-sonnet-20241022", "anthropic-claude-3-5-sonnet"],
    ["anthropic/claude-3.5-sonnet", "anthropic-claude-3-5-sonnet"],
    ["us.anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic-claude-3-7-sonnet"],
    ["claude-3-5-sonnet-v2@20241022", "anthropic-claude-3-5-sonnet"],
    ["claude-sonnet-4-20250514", "anthropic-claude-sonnet-4"],
    ["claude-sonnet-4-5-20250929", "anthropic-claude-sonnet-4-5"],
    ["claude-opus-4-1-20250805", "anthropic-claude-opus-4-1"],
    ["claude-haiku-4-5", "anthropic-claude-haiku-4-5"],
    ["models/gemini-2.0-flash-001", "google-gemini-2.0-flash"],
    ["gemini-2.5-flash-lite", "google-gemini-2.5-flash-lite"],
    ["gemini-2.5-pro-preview-05-06", "google-gemini-2.5-pro"],
    ["mistral-large-latest", "mistral-mistral-large"],
    ["groq/llama-3.3-70b-versatile", "groq-llama-3.3-70b-versatile"],
    ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "together-llama-3.3-70b-instruct-turbo"],
    ["deepseek-reasoner", "deepseek-reasoner"],
  ])("%s → %s", (model, id) => {
    expect(matchId(model)).toBe(id);
  });

  it.each(["gpt-4o-mini-audio-preview", "gpt-4o-realtime", "claude-sonnet-4-6", "gemini-2.5-flash-image", "my-gpt-4o"])(
    "does not match the sibling or unknown model %s",
    (model) => {
      expect(matchId(model)).toBeNull();
    },
  );

  it("has unique ids, valid patterns, vendor sources and dates", () => {
    const ids = DEFAULT_MODEL_PRICES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of DEFAULT_MODEL_PRICES) {
      expect(() => new RegExp(row.matchPattern)).not.toThrow();
      expect(row.source).toMatch(/^https:\/\//);
      expect(row.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(matchModelPrice(row.modelName, DEFAULT_MODEL_PRICES)?.id, row.modelName).toBe(row.id);
    }
  });
});

describe("matchModelPrice", () => {
  const row = (id: string, matchPattern: string): TModelPrice => ({
    id,
    modelName: id,
    matchPattern,
    provider: "test",
    inputPerMTok: 1,
    outputPerMTok: 1,
    source: "https://example.com",
    asOf: "2025-01-01",
  });

  it("anchors patterns, skips invalid ones, and returns null for no model", () => {
    const table = [row("broken", "gpt-(4"), row("loose", "gpt")];
    expect(matchModelPrice("gpt-4o", table)).toBeNull();
    expect(matchModelPrice("GPT", table)?.id).toBe("loose");
    expect(matchModelPrice(null, table)).toBeNull();
  });

  it("keeps tables apart in its cache", () => {
    const first = [row("a", "m")];
    const second = [row("b", "m")];
    expect(matchModelPrice("m", first)?.id).toBe("a");
    expect(matchModelPrice("m", second)?.id).toBe("b");
    expect(matchModelPrice("m", first)?.id).toBe("a");
  });
});

describe("price periods", () => {
  const base = { matchPattern: "acme-1", provider: "", inputPerMTok: 1, outputPerMTok: 1, source: "", asOf: "" };
  const JAN = Date.UTC(2026, 0, 1);
  const MAR = Date.UTC(2026, 2, 1);
  // Newest period first, as the price table orders a project's rows.
  const rows: TModelPrice[] = [
    { ...base, id: "march", modelName: "acme-1", effectiveFromMs: MAR, retiredAtMs: null },
    { ...base, id: "january", modelName: "acme-1", effectiveFromMs: JAN, retiredAtMs: MAR },
    { ...base, id: "fallback", modelName: "acme-1" },
  ];

  it("picks the row in effect at the span's start", () => {
    expect(matchModelPrice("acme-1", rows, JAN + 1)?.id).toBe("january");
    expect(matchModelPrice("acme-1", rows, MAR)?.id).toBe("march");
    expect(matchModelPrice("acme-1", rows, JAN - 1)?.id).toBe("fallback");
  });

  it("skips a retired row from its retirement on", () => {
    const retired = [{ ...rows[1]!, retiredAtMs: JAN + 10 }, rows[2]!];
    expect(matchModelPrice("acme-1", retired, JAN + 5)?.id).toBe("january");
    expect(matchModelPrice("acme-1", retired, JAN + 10)?.id).toBe("fallback");
  });
});
