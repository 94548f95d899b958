import { ZCompareQuery } from "@spanlight/core";
import { listScoreNames } from "@spanlight/db";
import type { Metadata } from "next";
import { CalibrationView } from "@/features/agreement";
import { calibrateProjectJudge } from "@/features/agreement/server/compare-project-scores";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Judge calibration" };

export default async function CalibrationPage({ params, searchParams }: PageProps<"/project/[projectId]/calibration">) {
  const [{ projectId }, raw] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const picked = {
    a: typeof raw.a === "string" ? raw.a : "",
    b: typeof raw.b === "string" ? raw.b : "",
    aAuthorId: typeof raw.aAuthorId === "string" ? raw.aAuthorId : "",
  };
  const query = ZCompareQuery.safeParse(picked);
  const [scoreNames, calibration] = await Promise.all([
    listScoreNames({ projectId: project.id }),
    query.success ? calibrateProjectJudge({ projectId: project.id, query: query.data }) : Promise.resolve(null),
  ]);
  return <CalibrationView projectId={project.id} scoreNames={scoreNames} picked={picked} calibration={calibration} />;
}
