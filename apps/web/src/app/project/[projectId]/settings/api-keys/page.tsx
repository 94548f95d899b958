import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApiKeysTable, CreateApiKeyDialog } from "@/features/api-keys";
import { listProjectApiKeys } from "@/features/api-keys/server/list-project-api-keys";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: PageProps<"/project/[projectId]/settings/api-keys">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const apiKeys = await listProjectApiKeys(project.id);
  const canManage = canRole(project.role, "apiKeys:manage");

  return (
    <Card aria-labelledby="api-keys-title">
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle id="api-keys-title">API keys</CardTitle>
          <CardDescription>
            Key pairs authenticate OpenTelemetry exporters sending to this project. A secret key is shown only once,
            when it is created.
          </CardDescription>
        </div>
        {canManage ? <CreateApiKeyDialog projectId={project.id} otlpEndpoint={getOtlpSettings().endpoint} /> : null}
      </CardHeader>
      <ApiKeysTable projectId={project.id} apiKeys={apiKeys} canManage={canManage} />
      {canManage ? null : (
        <p className="border-t border-zinc-100 px-5 py-3 text-12 text-zinc-500">
          You can see the keys of this project; only owners and admins can create or revoke them.
        </p>
      )}
    </Card>
  );
}
