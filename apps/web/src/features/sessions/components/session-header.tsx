import type { TSessionDetail } from "@spanlight/core";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDuration, formatInteger } from "@/features/trace-detail/lib/format";
import { userPagePath } from "@/features/trace-detail/lib/routes";
import { sessionsPagePath } from "../lib/routes";
import { AbsoluteTime, EntityHeader, Fact } from "./entity-header";
import { CostValue } from "@/features/trace-detail/components/cost-value";

/** The session's numbers over all its traces: how many, when, how long, tokens, cost, who. */
export function SessionHeader({ projectId, session }: { projectId: string; session: TSessionDetail }) {
  return (
    <EntityHeader
      breadcrumb={{ label: "Sessions", href: sessionsPagePath(projectId) }}
      kind="Session"
      id={session.sessionId}
      badges={
        session.errorCount > 0 ? (
          <Badge tone="danger" hasDot>
            {session.errorCount === 1 ? "1 failed trace" : `${formatInteger(session.errorCount)} failed traces`}
          </Badge>
        ) : null
      }
      facts={
        <>
          <Fact label="Traces">{formatInteger(session.traceCount)}</Fact>
          <Fact label="Started">
            <AbsoluteTime iso={session.firstTraceAt} />
          </Fact>
          <Fact label="Last activity">
            <AbsoluteTime iso={session.lastTraceAt} />
          </Fact>
          <Fact label="Duration">{formatDuration(session.durationMs)}</Fact>
          <Fact label="Tokens">{formatInteger(session.totalTokens)}</Fact>
          <Fact label="Cost">
            <CostValue usd={session.costUsd} />
          </Fact>
          {session.userIds.length > 0 ? (
            <Fact label={session.userIds.length === 1 ? "User" : "Users"}>
              {session.userIds.map((userId, position) => (
                <span key={userId} className="flex items-center">
                  {position > 0 ? <span className="mr-1 text-zinc-400">,</span> : null}
                  <Link
                    href={userPagePath(projectId, userId)}
                    className="max-w-48 truncate text-brand underline-offset-2 hover:underline"
                  >
                    {userId}
                  </Link>
                </span>
              ))}
            </Fact>
          ) : null}
        </>
      }
    />
  );
}
