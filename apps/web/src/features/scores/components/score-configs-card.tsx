"use client";

import { ZScoreConfig } from "@spanlight/core";
import type { TScoreConfig } from "@spanlight/core";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { scoreConfigApiPath } from "../lib/routes";
import { ScoreConfigDialog } from "./score-config-dialog";

function describeRange(config: TScoreConfig): string {
  switch (config.dataType) {
    case "NUMERIC":
      return config.minValue == null && config.maxValue == null
        ? "any number"
        : `${config.minValue ?? "−∞"} to ${config.maxValue ?? "∞"}`;
    case "CATEGORICAL":
      return (config.categories ?? []).map((category) => `${category.label} (${category.value})`).join(", ");
    case "BOOLEAN":
      return "true / false";
    default: {
      const exhaustive: never = config.dataType;
      return exhaustive;
    }
  }
}

/** The project's score configs; owners and admins create, edit and archive them (never delete). */
export function ScoreConfigsCard(props: {
  projectId: string;
  configs: TScoreConfig[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { projectId, configs, canManage, onChanged } = props;
  const [editing, setEditing] = useState<TScoreConfig | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function setArchived(config: TScoreConfig, isArchived: boolean) {
    try {
      await apiFetch(scoreConfigApiPath(projectId, config.id), {
        method: "PATCH",
        body: { isArchived },
        schema: ZScoreConfig,
      });
      setError(null);
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <Card aria-label="Score configs">
      <CardHeader className="flex-row items-center justify-between">
        <div className="flex flex-col gap-1">
          <CardTitle>Score configs</CardTitle>
          <CardDescription>
            What annotators pick from, and what API and feedback scores of that name are checked against.
          </CardDescription>
        </div>
        {canManage ? (
          <Button
            size="sm"
            onClick={() => {
              setEditing(null);
              setIsOpen(true);
            }}
          >
            <Plus aria-hidden /> New config
          </Button>
        ) : null}
      </CardHeader>
      <CardContent className="px-0 py-0">
        <Table aria-label="Score configs">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="px-5">Name</TableHead>
              <TableHead className="px-3">Type</TableHead>
              <TableHead className="px-3">Values</TableHead>
              <TableHead className="px-3">Description</TableHead>
              <TableHead className="px-5 text-right">{canManage ? "Actions" : ""}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {configs.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5} className="px-5 py-6 text-center text-13 text-zinc-500">
                  No configs yet. {canManage ? "Create one so people can annotate." : "An owner or admin creates them."}
                </TableCell>
              </TableRow>
            ) : null}
            {configs.map((config) => (
              <TableRow
                key={config.id}
                data-config-name={config.name}
                className={config.isArchived ? "opacity-60" : undefined}
              >
                <TableCell className="px-5 font-medium text-zinc-900">
                  {config.name} {config.isArchived ? <Badge className="ml-1">archived</Badge> : null}
                </TableCell>
                <TableCell className="px-3 text-13 text-zinc-600">{config.dataType.toLowerCase()}</TableCell>
                <TableCell className="max-w-72 truncate px-3 text-13 text-zinc-600">{describeRange(config)}</TableCell>
                <TableCell className="max-w-72 truncate px-3 text-13 text-zinc-500">
                  {config.description ?? ""}
                </TableCell>
                <TableCell className="px-5 text-right">
                  {canManage ? (
                    <span className="inline-flex gap-1">
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => {
                          setEditing(config);
                          setIsOpen(true);
                        }}
                      >
                        Edit
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => void setArchived(config, !config.isArchived)}>
                        {config.isArchived ? "Restore" : "Archive"}
                      </Button>
                    </span>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {error ? <p className="px-5 py-2 text-12 text-red-600">{error}</p> : null}
      </CardContent>
      <ScoreConfigDialog
        projectId={projectId}
        config={editing}
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        onSaved={onChanged}
      />
    </Card>
  );
}
