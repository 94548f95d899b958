import * as traceloop from "@traceloop/node-server-sdk";
import OpenAI from "openai";
import { FAKE_OPENAI_KEY, fixtureBaseUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * OpenLLMetry (`@traceloop/node-server-sdk`) with its own exporter pointed at the capture server
 * through `baseUrl`, as a user would point it at any OTLP endpoint. `disableBatch` makes it export
 * each span on end, so this recorder yields one request per span (numbered fixtures), which is how
 * many short-lived apps really send.
 */
export async function record(context: TRecorderContext): Promise<void> {
  traceloop.initialize({
    appName: "spanlight-fixture-traceloop",
    baseUrl: fixtureBaseUrl(context, "openai-workflow"),
    apiKey: "tl-fixture-not-a-key",
    disableBatch: true,
    // ESM imports are invisible to require hooks, hence the explicit module.
    instrumentModules: { openAI: OpenAI },
    // Prompt-registry sync would poll the Traceloop API; there is none offline.
    traceloopSyncEnabled: false,
    silenceInitializationMessage: true,
  });
  const client = new OpenAI({ baseURL: context.openAiBaseUrl, apiKey: FAKE_OPENAI_KEY });
  await traceloop.withWorkflow(
    { name: "weather_workflow", associationProperties: { user_id: "user-tl-7", session_id: "session-tl-1" } },
    async () => {
      const completion = await client.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          { role: "system", content: "You are a concise weather assistant." },
          { role: "user", content: "What is the weather in Paris?" },
        ],
        temperature: 0.2,
      });
      return completion.choices[0]?.message.content;
    },
  );
  await traceloop.forceFlush();
}
