import { describe, expect, it } from "vitest";
import { retrievedDocuments } from "./span-payload";

describe("a retriever's output as documents", () => {
  it("reads OpenInference's documents (id, score, content, metadata) and LangChain's page_content", () => {
    expect(
      retrievedDocuments([
        { id: 7, score: 0.92, content: "DSPy is a framework.", metadata: { source: "docs" } },
        { page_content: "It compiles pipelines." },
      ]),
    ).toEqual([
      { id: "7", score: 0.92, content: "DSPy is a framework.", metadata: { source: "docs" } },
      { id: null, score: null, content: "It compiles pipelines.", metadata: null },
    ]);
  });

  it("is null for anything that is not a list of documents with text", () => {
    expect(retrievedDocuments([])).toBeNull();
    expect(retrievedDocuments("text")).toBeNull();
    expect(retrievedDocuments([{ content: "a" }, { id: 2 }])).toBeNull();
    expect(retrievedDocuments([["content"]])).toBeNull();
    expect(retrievedDocuments({ content: "a" })).toBeNull();
  });
});
