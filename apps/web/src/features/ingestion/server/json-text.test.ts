import { describe, expect, it } from "vitest";
import { toJsonText } from "./json-text";

describe("toJsonText", () => {
  it("writes plain values on the fast path and bigints anywhere as decimal strings", () => {
    expect(toJsonText({ a: 1, b: ["x", null, true] })).toBe('{"a":1,"b":["x",null,true]}');
    expect(toJsonText([{ timeUnixNano: 1_764_000_000_000_000_001n, attributes: { n: 5 } }])).toBe(
      '[{"timeUnixNano":"1764000000000000001","attributes":{"n":5}}]',
    );
    expect(toJsonText(12n)).toBe('"12"');
  });

  it("stores nothing for undefined or null, and replaces what jsonb refuses", () => {
    expect(toJsonText(undefined)).toBeNull();
    expect(toJsonText(null)).toBeNull();
    expect(toJsonText({ text: "a\u0000b", lone: "\ud800" })).toBe('{"text":"a\\ufffdb","lone":"\\ufffd"}');
    expect(toJsonText({ literal: "\\u0000" })).toBe('{"literal":"\\\\u0000"}');
  });
});
