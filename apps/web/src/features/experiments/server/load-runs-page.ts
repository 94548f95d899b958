import "server-only";
import { NotFoundError, ZCompareRunsQuery, ZDatasetName } from "@spanlight/core";
import type { TDatasetRunSummary, TRunComparison } from "@spanlight/core";
import { compareDatasetRuns } from "@spanlight/db";
import { encodeCsvTable } from "@spanlight/eval";
import { notFound } from "next/navigation";
import { pageParam } from "@/lib/routing/page-param";
import { runsTableCells, toMarkdownTable } from "../lib/run-columns";
import { listDatasetRuns } from "./list-dataset-runs";

/** The dataset name in a page's path, or the 404 page. */
export function datasetNameParam(segment: string): string {
  const parsed = ZDatasetName.safeParse(pageParam(segment));
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A missing dataset or run is the 404 page, like any other unknown path. */
async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export type TRunsPageData = { runs: TDatasetRunSummary[]; copies: { markdown: string; csv: string } };

/** The runs with their figures, and the whole table as Markdown and CSV for the copy buttons. */
export async function loadRunsPage(options: { projectId: string; datasetName: string }): Promise<TRunsPageData> {
  const runs = await orNotFound(listDatasetRuns(options));
  const cells = runsTableCells(runs);
  return { runs, copies: { markdown: toMarkdownTable(cells), csv: encodeCsvTable([cells.header, ...cells.rows]) } };
}

/** The runs named in `?runs=a,b` (2 to 4, else null; unknown ones a 404), side by side. */
export async function loadComparePage(options: {
  projectId: string;
  datasetName: string;
  runsParam: string | string[] | undefined;
}): Promise<{ runNames: string[]; comparison: TRunComparison } | null> {
  const runs = Array.isArray(options.runsParam) ? options.runsParam.join(",") : (options.runsParam ?? "");
  const parsed = ZCompareRunsQuery.safeParse({ runs });
  if (!parsed.success) return null;
  const runNames = parsed.data.runs;
  const comparison = await orNotFound(compareDatasetRuns({ ...options, runNames }));
  return { runNames, comparison };
}
