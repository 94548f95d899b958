import type { TProjectRole } from "@spanlight/core";
import { match } from "ts-pattern";
import { Badge } from "@/components/ui/badge";

export function roleLabel(role: TProjectRole): string {
  return match(role)
    .with("OWNER", () => "Owner")
    .with("ADMIN", () => "Admin")
    .with("MEMBER", () => "Member")
    .with("VIEWER", () => "Viewer")
    .exhaustive();
}

/** What each role may do, in a line, for role pickers. */
export function roleDescription(role: TProjectRole): string {
  return match(role)
    .with("OWNER", () => "Everything, including managing owners")
    .with("ADMIN", () => "Settings, members and API keys")
    .with("MEMBER", () => "Read traces, add scores and datasets")
    .with("VIEWER", () => "Read only")
    .exhaustive();
}

export function RoleBadge({ role }: { role: TProjectRole }) {
  const tone = match(role)
    .with("OWNER", () => "brand" as const)
    .with("ADMIN", () => "warning" as const)
    .with("MEMBER", "VIEWER", () => "neutral" as const)
    .exhaustive();
  return <Badge tone={tone}>{roleLabel(role)}</Badge>;
}
