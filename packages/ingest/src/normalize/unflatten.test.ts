import { describe, expect, it } from "vitest";
import { asTagList, parseJsonText } from "./attribute-values.ts";
import { unflattenIndexed } from "./unflatten.ts";

describe("unflattenIndexed", () => {
  it("rebuilds nested lists and objects from indexed keys", () => {
    expect(
      unflattenIndexed(
        {
          "llm.input_messages.1.message.role": "user",
          "llm.input_messages.0.message.tool_calls.0.tool_call.function.name": "f",
          "llm.input_messages.0.message.role": "assistant",
          "other.key": 1,
        },
        "llm.input_messages.",
      ),
    ).toEqual([
      { message: { tool_calls: [{ tool_call: { function: { name: "f" } } }], role: "assistant" } },
      { message: { role: "user" } },
    ]);
  });

  it("ignores non-index keys under the prefix and drops holes", () => {
    expect(
      unflattenIndexed({ "gen_ai.prompt.name": "tmpl", "gen_ai.prompt.2.content": "x" }, "gen_ai.prompt."),
    ).toEqual([{ content: "x" }]);
    expect(unflattenIndexed({ "gen_ai.prompt.name": "tmpl" }, "gen_ai.prompt.")).toBeNull();
  });

  it("refuses huge indices and prototype keys", () => {
    expect(unflattenIndexed({ "p.99999999.x": 1 }, "p.")).toBeNull();
    expect(unflattenIndexed({ "p.0.__proto__.polluted": 1 }, "p.")).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("attribute readers", () => {
  it("reads tags from arrays, JSON text and CSV", () => {
    expect(asTagList(["a", 1, "a"])).toEqual(["a", "1"]);
    expect(asTagList('["x","y"]')).toEqual(["x", "y"]);
    expect(asTagList("x, y ,,z")).toEqual(["x", "y", "z"]);
    expect(asTagList(true)).toBeNull();
  });

  it("parses JSON text only when it looks like JSON", () => {
    expect(parseJsonText('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonText("42")).toBe("42");
    expect(parseJsonText('"quoted"')).toBe("quoted");
    expect(parseJsonText("{oops")).toBe("{oops");
  });
});
