import { describe, expect, it } from "vitest";
import { systemInstructionsToMessages, toChatMessages } from "./chat-messages.ts";

describe("toChatMessages", () => {
  it("keeps part order when one turn holds text, a tool call and its result (AI SDK 7 invoke_agent)", () => {
    const messages = toChatMessages([
      {
        role: "assistant",
        parts: [
          { type: "text", content: "Sunny." },
          { type: "tool_call", id: "c1", name: "getWeather", arguments: { city: "Paris" } },
          { type: "tool_call_response", id: "c1", response: { sky: "sunny" } },
        ],
        finish_reason: "stop",
      },
    ]);
    expect(messages).toEqual([
      {
        role: "assistant",
        content: "Sunny.",
        toolCalls: [{ id: "c1", name: "getWeather", arguments: '{"city":"Paris"}' }],
        finishReason: "stop",
      },
      { role: "tool", content: '{"sky":"sunny"}', toolCallId: "c1" },
    ]);
  });

  it("puts Anthropic tool_result blocks before the user's text in the same turn", () => {
    const messages = toChatMessages([
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "42" }] },
          { type: "text", text: "Thanks, now explain." },
        ],
      },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_2", name: "calc", input: { x: 1 } }] },
    ]);
    expect(messages).toEqual([
      { role: "tool", content: "42", toolCallId: "toolu_1" },
      { role: "user", content: "Thanks, now explain." },
      { role: "assistant", content: null, toolCalls: [{ id: "toolu_2", name: "calc", arguments: '{"x":1}' }] },
    ]);
  });

  it("keeps an empty assistant turn and OpenAI image parts", () => {
    expect(toChatMessages('[{"role":"assistant","content":""}]')).toEqual([{ role: "assistant", content: "" }]);
    expect(
      toChatMessages([
        { role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA" } }] },
      ]),
    ).toEqual([
      { role: "user", content: null, parts: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA" } }] },
    ]);
  });

  it("returns null for values that hold no messages", () => {
    expect(toChatMessages("plain text")).toBeNull();
    expect(toChatMessages([1, "x"])).toBeNull();
    expect(toChatMessages({ role: "user" })).toBeNull();
  });
});

describe("systemInstructionsToMessages", () => {
  it("accepts parts, a plain string, or messages", () => {
    expect(systemInstructionsToMessages('[{"type":"text","content":"A"},{"type":"text","content":"B"}]')).toEqual([
      { role: "system", content: "A\nB" },
    ]);
    expect(systemInstructionsToMessages("Be brief.")).toEqual([{ role: "system", content: "Be brief." }]);
    expect(systemInstructionsToMessages([{ role: "system", content: "C" }])).toEqual([
      { role: "system", content: "C" },
    ]);
  });
});
