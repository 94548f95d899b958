import { asString } from "../normalize/attribute-values.ts";
import { offer, toRecord } from "./candidates.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * Registry keys no single LLM convention owns but all of them meet: `user.id`, `session.id`,
 * `enduser.id`, `deployment.environment(.name)` and `service.version`. They are read from the span,
 * then from the resource, because SDKs put deployment facts on the resource.
 */
export function extractGeneric(span: TSpanInput): TConventionRecord {
  const spanOrResource = (key: string) => asString(span.attributes[key]) ?? asString(span.resourceAttributes[key]);
  const candidates: TCandidates = {};
  offer(candidates, {
    userId: { "user.id": spanOrResource("user.id"), "enduser.id": spanOrResource("enduser.id") },
    sessionId: { "session.id": spanOrResource("session.id") },
    environment: {
      "deployment.environment.name": spanOrResource("deployment.environment.name"),
      "deployment.environment": spanOrResource("deployment.environment"),
    },
    // The release is which build emitted the span; `service.version` is the only standard key that says so.
    release: { "service.version": spanOrResource("service.version") },
  });
  return toRecord(candidates);
}
