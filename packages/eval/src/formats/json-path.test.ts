import { describe, expect, it } from "vitest";
import { applyFieldMapping, getJsonPath, isJsonPath, JsonPathError, parseJsonPath, setJsonPath } from "./json-path.ts";

const span = {
  input: {
    messages: [
      { role: "system", content: "s" },
      { role: "user", content: "What is HPO?" },
    ],
  },
  output: { choices: [{ message: { content: "Human Phenotype Ontology" } }] },
  attributes: { "gen_ai.request.model": "gpt-4o", "user id": "u-1" },
};

describe("parseJsonPath", () => {
  it("reads names, indices and quoted keys", () => {
    expect(parseJsonPath("$")).toEqual([]);
    expect(parseJsonPath("$.a.b[0]")).toEqual(["a", "b", 0]);
    expect(parseJsonPath(`$['user id']["gen_ai.request.model"][12].x`)).toEqual([
      "user id",
      "gen_ai.request.model",
      12,
      "x",
    ]);
    expect(parseJsonPath(`$['it\\'s']`)).toEqual(["it's"]);
  });

  it.each(["a.b", "$.", "$..a", "$[*]", "$[?(@.a)]", "$.a[-1]", "$['open", "$ .a"])("refuses %s", (path) => {
    expect(() => parseJsonPath(path)).toThrow(JsonPathError);
    expect(isJsonPath(path)).toBe(false);
  });

  it("says what is wrong in a 400 error", () => {
    expect(() => parseJsonPath("$.a[x]")).toThrow(
      'Invalid JSON path "$.a[x]": expected ".name", "[index]" or "[\'name\']" at "[x]"',
    );
    try {
      parseJsonPath("x");
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: "bad_request" });
    }
  });
});

describe("getJsonPath", () => {
  it("finds values and reports missing steps as undefined", () => {
    expect(getJsonPath(span, "$.input.messages[1].content")).toBe("What is HPO?");
    expect(getJsonPath(span, "$.attributes['gen_ai.request.model']")).toBe("gpt-4o");
    expect(getJsonPath(span, "$")).toBe(span);
    expect(getJsonPath(span, "$.input.messages[5].content")).toBeUndefined();
    expect(getJsonPath(span, "$.input.messages.content")).toBeUndefined();
    expect(getJsonPath(span, "$.output[0]")).toBeUndefined();
    expect(getJsonPath({ a: null }, "$.a")).toBeNull();
    expect(getJsonPath({}, "$.toString")).toBeUndefined();
  });
});

describe("setJsonPath", () => {
  it("creates objects and arrays on the way without mutating the input", () => {
    const root = { a: { keep: 1 } };
    expect(setJsonPath(root, "$.a.b[1].c", 5)).toEqual({ a: { keep: 1, b: [null, { c: 5 }] } });
    expect(root).toEqual({ a: { keep: 1 } });
    expect(setJsonPath(root, "$", "whole")).toBe("whole");
  });

  it("makes a key named __proto__ instead of touching prototypes", () => {
    const result = setJsonPath({}, "$.__proto__.polluted", true) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("applyFieldMapping", () => {
  it("maps span fields into input, expected output and metadata", () => {
    expect(
      applyFieldMapping(span, [
        { from: "$.input.messages[1].content", to: "$.input.question" },
        { from: "$.output.choices[0].message.content", to: "$.expectedOutput" },
        { from: "$.attributes['gen_ai.request.model']", to: "$.metadata.model" },
        { from: "$.attributes.missing", to: "$.metadata.never" },
      ]),
    ).toEqual({
      input: { question: "What is HPO?" },
      expectedOutput: "Human Phenotype Ontology",
      metadata: { model: "gpt-4o" },
    });
  });
});
