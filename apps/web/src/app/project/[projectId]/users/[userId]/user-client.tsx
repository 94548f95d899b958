"use client";

import type { TSessionListPage, TUserDetail } from "@spanlight/core";
import { Card } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { PagedSessionsTable } from "@/features/sessions";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { UserTracesTable } from "@/features/users";

type TUserClientProps = { projectId: string; user: TUserDetail; sessions: TSessionListPage; sessionsApiQuery: string };

/** The user's traces and sessions as tabs; both stay mounted, so paging in one survives a look at the other. */
export function UserClient({ projectId, user, sessions, sessionsApiQuery }: TUserClientProps) {
  return (
    <Tabs defaultValue="traces" className="mx-auto flex w-full max-w-6xl flex-col gap-4 px-6 py-5">
      <TabsList>
        <TabsTrigger value="traces">
          Traces <Count value={user.traceCount} />
        </TabsTrigger>
        <TabsTrigger value="sessions">
          Sessions <Count value={user.sessionCount} />
        </TabsTrigger>
      </TabsList>
      <TabsContent value="traces" forceMount className="data-[state=inactive]:hidden">
        <Card className="overflow-hidden">
          <UserTracesTable projectId={projectId} userId={user.userId} initial={user.traces} />
        </Card>
      </TabsContent>
      <TabsContent value="sessions" forceMount className="data-[state=inactive]:hidden">
        <Card className="overflow-hidden">
          <PagedSessionsTable
            projectId={projectId}
            initial={sessions}
            apiQuery={sessionsApiQuery}
            hasUserColumn={false}
            empty="This user's traces carry no session id."
          />
        </Card>
      </TabsContent>
    </Tabs>
  );
}

function Count({ value }: { value: number }) {
  return (
    <span className="rounded-full bg-zinc-100 px-1.5 text-[11px] font-medium text-zinc-600 tabular-nums">
      {formatInteger(value)}
    </span>
  );
}
