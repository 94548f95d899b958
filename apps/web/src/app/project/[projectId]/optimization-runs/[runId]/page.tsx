import { NotFoundError } from "@spanlight/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  CandidatesTable,
  formatTrialScore,
  optimizationRunsPagePath,
  TrialChart,
  TrialsTable,
} from "@/features/optimization-runs";
import { getOptimizationRun } from "@/features/optimization-runs/server/load-optimization-runs";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { formatCost, formatInteger } from "@/features/trace-detail/lib/format";
import { pageParam } from "@/lib/routing/page-param";

export const metadata: Metadata = { title: "Optimization run" };

export default async function OptimizationRunPage({
  params,
}: PageProps<"/project/[projectId]/optimization-runs/[runId]">) {
  const { projectId, runId } = await params;
  const { project } = await loadProjectPage(projectId);
  const run = await getOptimizationRun({ projectId: project.id, runId: pageParam(runId) }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const scale = run.trials.find((trial) => trial.scoreScale !== null)?.scoreScale ?? null;
  const facts = [
    { label: "Baseline", value: formatTrialScore(run.baselineScore, scale) },
    { label: "Best", value: formatTrialScore(run.bestScore, scale) },
    { label: "Trials", value: formatInteger(run.trialCount) },
    { label: "Cost", value: run.costUsd === null ? "–" : formatCost(run.costUsd) },
  ];
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title={`${run.optimizer ?? "Optimizer"} · ${run.runId}`}
        description={run.metric ? `Metric: ${run.metric}` : undefined}
        actions={
          <Link href={optimizationRunsPagePath(project.id)} className="text-13 text-brand hover:underline">
            All optimization runs
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {facts.map((fact) => (
          <Card key={fact.label} aria-label={fact.label}>
            <CardContent className="flex flex-col gap-1">
              <span className="text-12 text-zinc-500">{fact.label}</span>
              <span className="text-lg font-semibold text-zinc-900 tabular-nums">{fact.value}</span>
            </CardContent>
          </Card>
        ))}
      </div>
      <Card aria-label="Trial scores">
        <CardHeader>
          <CardTitle>Score per trial</CardTitle>
          <CardDescription>
            Minibatch and full evaluations apart; the line is the best full evaluation so far.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TrialChart trials={run.trials} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Trials</CardTitle>
        </CardHeader>
        <TrialsTable projectId={project.id} trials={run.trials} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Candidates</CardTitle>
          <CardDescription>
            Instructions and demos per predictor as the optimiser proposed them; instructions diffed against the parent
            candidate (else the first).
          </CardDescription>
        </CardHeader>
        <CandidatesTable candidates={run.candidates} bestCandidateId={run.bestCandidateId} />
      </Card>
    </PageContainer>
  );
}
