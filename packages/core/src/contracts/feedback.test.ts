import { describe, expect, it } from "vitest";
import { ZCreateFeedback, ZUpdateFeedbackSettings } from "./feedback.ts";

const BASE = { traceId: "0af7651916cd43dd8448eb211c80319c", name: "thumbs", value: 1 };

function issuePaths(input: unknown): string[] {
  const parsed = ZCreateFeedback.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
}

describe("ZCreateFeedback", () => {
  it("takes the score fields but never a source or a signed-in author", () => {
    expect(issuePaths(BASE)).toEqual([]);
    expect(issuePaths({ ...BASE, source: "API" })).toEqual([""]);
    expect(issuePaths({ ...BASE, authorUserId: "u1" })).toEqual([""]);
  });

  it("limits comment, correction and metadata in encoded bytes, not characters", () => {
    expect(issuePaths({ ...BASE, comment: "é".repeat(5 * 1024) })).toEqual([]);
    expect(issuePaths({ ...BASE, comment: "é".repeat(5 * 1024 + 1) })).toEqual(["comment"]);
    expect(issuePaths({ ...BASE, correction: "x".repeat(100 * 1024) })).toEqual([]);
    expect(issuePaths({ ...BASE, correction: { text: "x".repeat(100 * 1024) } })).toEqual(["correction"]);
    expect(issuePaths({ ...BASE, metadata: { note: "x".repeat(10 * 1024) } })).toEqual(["metadata"]);
  });

  it("needs one target: a trace (with its span), or a session", () => {
    expect(issuePaths({ name: "thumbs", value: 1 })).toEqual(["traceId"]);
    expect(issuePaths({ name: "thumbs", value: 1, spanId: "b7ad6b7169203331" })).toEqual(["traceId", "traceId"]);
    expect(issuePaths({ ...BASE, sessionId: "s1" })).toEqual(["sessionId"]);
    expect(issuePaths({ name: "thumbs", value: true, sessionId: "s1" })).toEqual([]);
  });
});

describe("ZUpdateFeedbackSettings", () => {
  it("keeps origins as bare origins and names the one that is not", () => {
    expect(ZUpdateFeedbackSettings.parse({ allowedOrigins: ["https://app.example.com/"] })).toEqual({
      allowedOrigins: ["https://app.example.com"],
    });
    const parsed = ZUpdateFeedbackSettings.safeParse({
      allowedOrigins: ["http://localhost:5173", "app.example.com", "https://a.example/x"],
    });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."))).toEqual([
      "allowedOrigins.1",
      "allowedOrigins.2",
    ]);
    expect(ZUpdateFeedbackSettings.safeParse({}).success).toBe(false);
  });
});
