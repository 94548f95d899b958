"use client";

import { BarChart3 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { useDashboardUrl } from "../hooks/use-dashboard-url";
import { dashboardContext } from "../lib/dashboard-context";
import { dashboardFilters, dashboardWindow } from "../lib/dashboard-url";
import type { TDashboardWindow } from "../lib/dashboard-url";
import { BreakdownSection } from "./breakdown-section";
import { DashboardControls } from "./dashboard-controls";
import { ModelComparison } from "./model-comparison";
import { OverviewTiles } from "./overview-tiles";
import { ScoreSection } from "./score-section";
import { UsageSection } from "./usage-section";
import { VolumeSection } from "./volume-section";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3" aria-label={title}>
      <h2 className="text-13 font-semibold tracking-wide text-zinc-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

/** The project dashboard: every chart asks the metrics API with the URL's window and filters. */
export function DashboardView({ projectId, nowMs }: { projectId: string; nowMs: number }) {
  const router = useRouter();
  const { search, params, updateParams } = useDashboardUrl();
  const [windowCount, setWindowCount] = useState<number | null>(null);
  // The server renders each URL with its own clock (nowMs), so every chart of one view reads the same
  // instants and a preset window moves on with each change of the controls.
  const context = useMemo(() => {
    const current = new URLSearchParams(search);
    return dashboardContext({
      projectId,
      window: dashboardWindow(current, nowMs),
      filters: dashboardFilters(current),
    });
  }, [projectId, search, nowMs]);
  const onOpen = useCallback(
    (window: TDashboardWindow, filters?: Record<string, string>) =>
      router.push(context.tracesHref({ window, filters })),
    [context, router],
  );
  const chosenScores = (params.get("scores") ?? "").split(",").filter(Boolean);
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-5 px-6 py-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-lg font-semibold text-zinc-900">Dashboard</h1>
        <p className="text-13 text-zinc-500">
          Volume, latency, tokens, cost and quality of the traces in the window. Click a chart to open its traces.
        </p>
      </header>
      <DashboardControls params={params} onChange={updateParams} />
      <OverviewTiles context={context} onCount={setWindowCount} />
      {windowCount === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            icon={BarChart3}
            title="No traces in this window"
            description="Widen the time range or clear the filters. New traces appear here as soon as your OTLP exporter sends them to this project."
            className="py-8"
          />
        </div>
      ) : null}
      <Section title="Volume and latency">
        <VolumeSection context={context} onOpen={onOpen} />
      </Section>
      <Section title="Tokens and cost">
        <UsageSection context={context} onOpen={onOpen} />
      </Section>
      <Section title="Breakdowns">
        <BreakdownSection context={context} />
      </Section>
      <Section title="Quality">
        <ScoreSection
          context={context}
          chosen={chosenScores}
          onChoose={(names) => updateParams((next) => next.set("scores", names.join(",")))}
          onOpen={onOpen}
        />
      </Section>
      <Section title="Which model is worth it">
        <ModelComparison
          context={context}
          scoreName={params.get("compareScore")}
          onScoreName={(name) =>
            updateParams((next) => (name ? next.set("compareScore", name) : next.delete("compareScore")))
          }
        />
      </Section>
    </div>
  );
}
