import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { getModelPriceCoverage, listProjectModelPrices } from "@/features/model-prices/server/model-price-service";
import { listRecentReprices } from "@/features/model-prices/server/reprice-service";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { ModelPricesClient } from "./model-prices-client";

export const metadata: Metadata = { title: "Model prices" };

export default async function ModelPricesPage({ params }: PageProps<"/project/[projectId]/settings/model-prices">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const [{ prices, builtin }, coverage, reprices] = await Promise.all([
    listProjectModelPrices(project.id),
    getModelPriceCoverage(project.id),
    listRecentReprices(project.id),
  ]);
  return (
    <ModelPricesClient
      projectId={project.id}
      prices={prices}
      builtin={builtin}
      coverage={coverage.spans}
      repriceJobs={reprices.jobs}
      canManage={canRole(project.role, "project:manage")}
    />
  );
}
