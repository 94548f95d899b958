"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  BuiltinPricesTable,
  ModelPriceDialog,
  PricingPrecedence,
  ProjectPricesTable,
  RepriceForm,
  RepriceJobsTable,
} from "@/features/model-prices";
import type {
  TBuiltinModelPrice,
  TModelPriceContract,
  TModelPriceInputContract,
  TPriceEditor,
  TRepriceJobContract,
} from "@/features/model-prices";

type TModelPricesClientProps = {
  projectId: string;
  prices: TModelPriceContract[];
  builtin: TBuiltinModelPrice[];
  coverage: Record<string, number>;
  repriceJobs: TRepriceJobContract[];
  canManage: boolean;
};

/** Both tables share one add/edit dialog, so "Override" on a built-in row can fill it in. */
export function ModelPricesClient(props: TModelPricesClientProps) {
  const { projectId, prices, builtin, canManage } = props;
  const [editor, setEditor] = useState<TPriceEditor | null>(null);
  // Kept apart from `editor` so the dialog keeps its content while it animates closed.
  const [isEditorOpen, setIsEditorOpen] = useState(false);

  function openEditor(next: TPriceEditor) {
    setEditor(next);
    setIsEditorOpen(true);
  }

  const onEdit = (price: TModelPriceContract) => openEditor({ mode: "edit", price });
  const onOverride = (row: TBuiltinModelPrice) => openEditor({ mode: "override", draft: toDraft(row) });

  return (
    <div className="flex flex-col gap-6">
      <Card aria-labelledby="project-prices-title">
        <CardHeader className="flex-row items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <CardTitle id="project-prices-title">Project prices</CardTitle>
            <CardDescription>
              Prices this project sets for the models it calls. They are tried before the built-in prices, so they
              override them — set 0 for a model you host yourself, such as one on Ollama.
            </CardDescription>
          </div>
          {canManage ? (
            <Button onClick={() => openEditor({ mode: "create" })}>
              <Plus aria-hidden />
              Add price
            </Button>
          ) : null}
        </CardHeader>
        <ProjectPricesTable
          projectId={projectId}
          prices={prices}
          coverage={props.coverage}
          onEdit={canManage ? onEdit : null}
        />
        {canManage ? null : (
          <p className="border-t border-zinc-100 px-5 py-3 text-12 text-zinc-500">
            You can see this project&apos;s prices; only owners and admins can add, change or delete them.
          </p>
        )}
      </Card>

      <Card aria-labelledby="reprice-title">
        <CardHeader>
          <CardTitle id="reprice-title">Reprice past spans</CardTitle>
          <CardDescription>
            A price change applies to new spans only. To recompute the cost of spans already stored, reprice a range:
            each span gets the price in effect at its start, and trace totals follow. Costs the instrumentation reported
            are kept. It runs in the background, survives a restart and can be cancelled.
          </CardDescription>
        </CardHeader>
        {canManage ? <RepriceForm projectId={projectId} /> : null}
        <RepriceJobsTable projectId={projectId} jobs={props.repriceJobs} canManage={canManage} />
      </Card>

      <PricingPrecedence />

      <Card aria-labelledby="builtin-prices-title">
        <CardHeader>
          <CardTitle id="builtin-prices-title">Built-in prices</CardTitle>
          <CardDescription>
            List prices from the vendors&apos; pricing pages, as of the date shown. Read-only: to change one, override
            it with a project price.
          </CardDescription>
        </CardHeader>
        <BuiltinPricesTable builtin={builtin} prices={prices} actions={canManage ? { onOverride, onEdit } : null} />
      </Card>

      {canManage ? (
        <ModelPriceDialog projectId={projectId} editor={editor} isOpen={isEditorOpen} onOpenChange={setIsEditorOpen} />
      ) : null}
    </div>
  );
}

function toDraft(row: TBuiltinModelPrice): TModelPriceInputContract {
  return {
    modelName: row.modelName,
    matchPattern: row.matchPattern,
    inputPerMTok: row.inputPerMTok,
    outputPerMTok: row.outputPerMTok,
    cacheReadPerMTok: row.cacheReadPerMTok,
    cacheWritePerMTok: row.cacheWritePerMTok,
    reasoningPerMTok: row.reasoningPerMTok,
  };
}
