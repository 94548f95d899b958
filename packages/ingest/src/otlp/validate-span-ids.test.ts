import { describe, expect, it } from "vitest";
import { validateSpanIds } from "./validate-span-ids.ts";

const VALID = { traceId: "5b8efff798038103d269b633813fc60c", spanId: "eee19b7ec3c1b174", parentSpanId: null };

describe("validateSpanIds", () => {
  it("accepts valid ids with and without a parent", () => {
    expect(validateSpanIds(VALID)).toBeNull();
    expect(validateSpanIds({ ...VALID, parentSpanId: "eee19b7ec3c1b173" })).toBeNull();
  });

  it.each([
    ["a short trace id", { traceId: "5b8efff7" }, /^trace id "5b8efff7" is not 32 hex characters$/],
    ["an all-zero trace id", { traceId: "0".repeat(32) }, /^trace id is all zeros$/],
    ["upper-case hex (decoders lower-case valid ids)", { traceId: VALID.traceId.toUpperCase() }, /^trace id/],
    ["a base64 span id left undecoded", { spanId: "7uGbfsPBsXQ=" }, /^span id "7uGbfsPBsXQ=" is not 16 hex/],
    ["an all-zero span id", { spanId: "0".repeat(16) }, /^span id is all zeros$/],
    ["a malformed parent", { parentSpanId: "xyz" }, /^parent span id "xyz" is not 16 hex/],
    ["an empty span id", { spanId: "" }, /^span id "" is not 16 hex/],
  ])("rejects %s", (_label, override, message) => {
    expect(validateSpanIds({ ...VALID, ...override })).toMatch(message);
  });

  it("clips a huge id in the message", () => {
    expect(validateSpanIds({ ...VALID, traceId: "a".repeat(10_000) })?.length).toBeLessThan(100);
  });
});
