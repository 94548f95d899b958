"use client";

import type { TSpan } from "@spanlight/core";
import { LoaderCircle, MousePointerClick } from "lucide-react";
import { useState } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { Alert } from "@/components/ui/alert";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { AnnotatePanel, useTraceScoresContext } from "@/features/scores";
import type { TSpanTree } from "../lib/build-span-tree";
import { readEvents, readList, ZSpanException } from "../lib/span-payload";
import { useSpanPayload } from "../hooks/use-span-payload";
import { AddSpanToDataset } from "./add-span-to-dataset";
import { KeyValueTable } from "./key-value-table";
import { PanelSection } from "./panel-section";
import { SpanDetails } from "./span-details";
import { ExceptionCard, SpanEvents } from "./span-events";
import { SpanIo } from "./span-io";
import { SpanPanelHeader } from "./span-panel-header";

type TTab = "preview" | "details" | "attributes" | "events" | "json" | "annotate";

type TSpanPanelProps = { projectId: string; traceId: string; tree: TSpanTree; index: number | null };

/** The selected span: header at once from the tree, then its payload in tabs once fetched. */
export function SpanPanel({ projectId, traceId, tree, index }: TSpanPanelProps) {
  const [tab, setTab] = useState<TTab>("preview");
  const spanId = index === null ? null : (tree.spans[index]?.spanId ?? null);
  const payload = useSpanPayload({ projectId, traceId, spanId });
  const scoreCount = useTraceScoresContext()?.scores.filter((score) => score.spanId === spanId).length ?? 0;

  if (index === null) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-2 text-13 text-zinc-500">
        <MousePointerClick className="size-5 text-zinc-400" aria-hidden />
        Select a span to see its input, output and attributes.
      </div>
    );
  }
  const subtree = {
    tokens: tree.subtreeTokens[index] ?? 0,
    costUsd: tree.subtreeCostUsd[index] ?? 0,
    spanCount: tree.subtreeSize[index] ?? 1,
  };
  const span = payload.span;
  return (
    <div className="flex h-full min-h-0 flex-col" aria-label="Span details" role="region">
      <SpanPanelHeader
        tree={tree}
        index={index}
        actions={
          (tree.depthOf[index] ?? 0) === 0 ? null : (
            <AddSpanToDataset
              projectId={projectId}
              traceId={traceId}
              spanId={tree.spans[index]!.spanId}
              isRoot={false}
            />
          )
        }
      />
      <Tabs value={tab} onValueChange={(value) => setTab(value as TTab)} className="flex min-h-0 flex-1 flex-col">
        <TabsList className="shrink-0 px-4">
          <TabsTrigger value="preview">Preview</TabsTrigger>
          <TabsTrigger value="details">Details</TabsTrigger>
          <TabsTrigger value="attributes">
            Attributes
            {span ? <Count value={Object.keys(span.attributes).length} /> : null}
          </TabsTrigger>
          <TabsTrigger value="events">
            Events
            {span ? (
              <Count value={readEvents(span).length + span.exceptions.length} isAlert={span.exceptions.length > 0} />
            ) : null}
          </TabsTrigger>
          <TabsTrigger value="json">JSON</TabsTrigger>
          <TabsTrigger value="annotate">
            Annotate
            {scoreCount > 0 ? <Count value={scoreCount} /> : null}
          </TabsTrigger>
        </TabsList>
        <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4">
          {payload.error ? <Alert>Could not load this span: {payload.error}</Alert> : null}
          {payload.isLoading ? <LoadingNote /> : null}
          {span ? (
            <PanelTabs projectId={projectId} span={span} spanStartMs={tree.spans[index]!.startMs} subtree={subtree} />
          ) : null}
          <TabsContent value="annotate">
            <AnnotatePanel
              spanId={tree.spans[index]!.spanId}
              actualOutput={span ? (span.output ?? null) : null}
              isRoot={(tree.depthOf[index] ?? 0) === 0}
            />
          </TabsContent>
        </div>
      </Tabs>
    </div>
  );
}

type TPanelTabsProps = {
  projectId: string;
  span: TSpan;
  spanStartMs: number;
  subtree: { tokens: number; costUsd: number; spanCount: number };
};

function PanelTabs({ projectId, span, spanStartMs, subtree }: TPanelTabsProps) {
  const exceptions = readList(span.exceptions, ZSpanException);
  return (
    <>
      <TabsContent value="preview" className="flex flex-col gap-5">
        {span.statusCode === "ERROR" && exceptions.length === 0 ? (
          <Alert>{span.statusMessage ?? "The span ended with an error status."}</Alert>
        ) : null}
        {exceptions.slice(0, 1).map((exception, position) => (
          <ExceptionCard key={position} exception={exception} spanStartMs={spanStartMs} />
        ))}
        <SpanIo key={span.spanId} span={span} />
      </TabsContent>
      <TabsContent value="details">
        <SpanDetails projectId={projectId} span={span} subtree={subtree} />
      </TabsContent>
      <TabsContent value="attributes" className="flex flex-col gap-5">
        <PanelSection title="Span attributes">
          <KeyValueTable entries={span.attributes} label="Attributes" />
        </PanelSection>
        <PanelSection title="Resource attributes">
          <KeyValueTable entries={span.resourceAttributes} label="Resource attributes" />
        </PanelSection>
      </TabsContent>
      <TabsContent value="events">
        <SpanEvents span={span} spanStartMs={spanStartMs} />
      </TabsContent>
      <TabsContent value="json">
        <JsonViewer value={span} title="Span" defaultOpenDepth={1} />
      </TabsContent>
    </>
  );
}

function Count({ value, isAlert = false }: { value: number; isAlert?: boolean }) {
  return (
    <span
      className={
        isAlert
          ? "rounded-full bg-red-50 px-1.5 text-[11px] text-red-700"
          : "rounded-full bg-zinc-100 px-1.5 text-[11px] text-zinc-500"
      }
    >
      {value}
    </span>
  );
}

function LoadingNote() {
  return (
    <div className="flex items-center gap-2 py-6 text-13 text-zinc-500" role="status">
      <LoaderCircle className="size-4 animate-spin" aria-hidden />
      Loading span…
    </div>
  );
}
