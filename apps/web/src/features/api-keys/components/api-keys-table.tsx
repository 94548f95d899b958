import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { TApiKey } from "../contracts";
import { RevokeApiKeyDialog } from "./revoke-api-key-dialog";

type TApiKeysTableProps = { projectId: string; apiKeys: TApiKey[]; canManage: boolean };

export function ApiKeysTable({ projectId, apiKeys, canManage }: TApiKeysTableProps) {
  if (apiKeys.length === 0) {
    return (
      <EmptyState
        icon={KeyRound}
        title="No API keys yet"
        description={
          canManage
            ? "Create a key pair to start sending traces to this project."
            : "Owners and admins of this project can create key pairs for sending traces."
        }
      />
    );
  }
  return (
    <Table aria-label="API keys">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Public key</TableHead>
          <TableHead>Secret key</TableHead>
          <TableHead>Note</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Status</TableHead>
          {canManage ? <TableHead className="w-0" aria-label="Actions" /> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {apiKeys.map((apiKey) => {
          const isRevoked = apiKey.revokedAt !== null;
          return (
            <TableRow key={apiKey.id} data-public-key={apiKey.publicKey} className={cn(isRevoked && "text-zinc-400")}>
              <TableCell>
                <span className="inline-flex items-center gap-0.5 font-mono text-12">
                  <span
                    className={cn("max-w-56 truncate", isRevoked ? "text-zinc-400" : "text-zinc-800")}
                    title={apiKey.publicKey}
                  >
                    {apiKey.publicKey}
                  </span>
                  <CopyButton value={apiKey.publicKey} label="Copy public key" />
                </span>
              </TableCell>
              <TableCell className="font-mono text-12">{apiKey.displaySecretKey}</TableCell>
              <TableCell className="max-w-48 truncate">
                {apiKey.note ?? <span className="text-zinc-300">—</span>}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <Time iso={apiKey.createdAt} format="date" />
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {apiKey.lastUsedAt ? <Time iso={apiKey.lastUsedAt} /> : <span className="text-zinc-400">Never</span>}
              </TableCell>
              <TableCell>
                {isRevoked ? (
                  <Badge tone="danger" hasDot>
                    Revoked
                  </Badge>
                ) : (
                  <Badge tone="success" hasDot>
                    Active
                  </Badge>
                )}
              </TableCell>
              {canManage ? (
                <TableCell className="text-right">
                  {isRevoked ? null : <RevokeApiKeyDialog projectId={projectId} apiKey={apiKey} />}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
