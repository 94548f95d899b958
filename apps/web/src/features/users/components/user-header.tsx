import type { TUserSummary } from "@spanlight/core";
import { Badge } from "@/components/ui/badge";
import { AbsoluteTime, EntityHeader, Fact } from "@/features/sessions";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { usersPagePath } from "../lib/routes";
import { CostValue } from "@/features/trace-detail/components/cost-value";

/** The end-user over all time: how much they used, what it cost, when they came and went. */
export function UserHeader({ projectId, user }: { projectId: string; user: TUserSummary }) {
  return (
    <EntityHeader
      breadcrumb={{ label: "Users", href: usersPagePath(projectId) }}
      kind="User"
      id={user.userId}
      badges={
        user.errorCount > 0 ? (
          <Badge tone="danger" hasDot>
            {user.errorCount === 1 ? "1 failed trace" : `${formatInteger(user.errorCount)} failed traces`}
          </Badge>
        ) : null
      }
      facts={
        <>
          <Fact label="Traces">{formatInteger(user.traceCount)}</Fact>
          <Fact label="Sessions">{formatInteger(user.sessionCount)}</Fact>
          <Fact label="Tokens">{formatInteger(user.totalTokens)}</Fact>
          <Fact label="Cost">
            <CostValue usd={user.costUsd} />
          </Fact>
          <Fact label="First seen">
            <AbsoluteTime iso={user.firstSeenAt} />
          </Fact>
          <Fact label="Last seen">
            <AbsoluteTime iso={user.lastSeenAt} />
          </Fact>
        </>
      }
    />
  );
}
