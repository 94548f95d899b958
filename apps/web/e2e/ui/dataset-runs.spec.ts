import { test } from "@playwright/test";
import { OWNER_KEYS } from "../api/explorer-fixtures";
import { seedExperiment } from "../support/experiment-runs";
import { seedOptimizationRun } from "../support/optimization-run";
import { signInToOwnerProject } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

test.describe("[EXPERIMENTS]: the runs table and the compare view", () => {
  test("three runs read like a results table with cost; two of them compared item by item with a word diff", async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(180_000);
    const { datasetName } = await seedExperiment(request, OWNER_KEYS);
    const projectId = await signInToOwnerProject(context);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);

    await page.goto(`/project/${projectId}/datasets/${datasetName}/runs`);
    await expect(page.getByRole("heading", { name: `Runs of ${datasetName}` })).toBeVisible();
    const table = page.getByRole("table", { name: "Runs table" });
    const headers = table.getByRole("columnheader");
    await expect(headers).toContainText(["Run", "Model", "Precision", "Recall", "F1", "Exact match", "Latency p50"]);
    await expect(headers).toContainText(["Cost total", "Cost mean", "Errors"]);
    const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
    await expect(row("phenoagent")).toContainText("Llama3-8B");
    // phenoagent: every predicted term right (P 1), 6 of 7 expected found.
    await expect(row("phenoagent").getByRole("cell").nth(3)).toHaveText("1.0000");
    await expect(row("phenoagent").getByRole("cell").nth(4)).toHaveText("0.8571");
    // The best F1 (phenoagent, 12/13) and the cheapest run (phenogpt) stand out.
    await expect(row("phenoagent").getByRole("cell").nth(5)).toHaveAttribute("data-best", "true");
    await expect(row("phenogpt").locator("td[data-best]")).toContainText([/\$/]);
    await expect(row("phenoagent-moa").getByRole("cell").nth(5)).toHaveText("0.8571");
    await page.screenshot({ path: test.info().outputPath("runs-table.png"), fullPage: true });

    await page.getByRole("group", { name: "Averaging" }).getByRole("button", { name: "Macro" }).click();
    await expect(headers).toContainText(["Macro Precision", "Macro Recall", "Macro F1"]);
    // phenoagent-moa macro F1: items 1, 0.5 and 1.
    await expect(row("phenoagent-moa").getByRole("cell").nth(5)).toHaveText("0.8333");

    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain("| Run | Model | Precision | Recall | F1 | Macro Precision |");
    expect(markdown).toMatch(/\| phenoagent \| Llama3-8B \| 1\.0000 \| 0\.8571 \|/);

    const chart = page.getByRole("region", { name: "Quality vs cost" });
    await expect(chart.locator(".recharts-scatter")).toHaveCount(2);
    await expect(chart.locator(".recharts-scatter-symbol")).toHaveCount(3);
    await expect(chart.getByText("phenoagent-moa")).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("runs-chart.png"), fullPage: true });

    await row("phenogpt").getByRole("checkbox").check();
    await row("phenoagent-moa").getByRole("checkbox").check();
    await page.getByRole("link", { name: /Compare 2/ }).click();
    await expect(page).toHaveURL(/\/runs\/compare\?runs=phenogpt,phenoagent-moa$/);
    await expect(page.getByRole("heading", { name: "phenogpt vs phenoagent-moa" })).toBeVisible();
    const first = page.getByRole("region", { name: "Item case-1" });
    await expect(first).toContainText("Seizures since infancy");
    const gptDiff = first.getByLabel("phenogpt result").getByLabel("Output diff");
    await expect(gptDiff.locator('[data-change="added"]')).toContainText(["tremor"]);
    await expect(gptDiff.locator('[data-change="removed"]')).toContainText([/ataxia/]);
    await expect(first.getByLabel("phenogpt result").getByRole("link", { name: "Trace" })).toHaveAttribute(
      "href",
      new RegExp(`/project/${projectId}/traces/[0-9a-f]{32}$`),
    );
    await page.screenshot({ path: test.info().outputPath("compare.png"), fullPage: true });

    // Where did phenoagent-moa get worse than phenogpt? Only case-2 (set F1 0.5 against 0.67).
    await page.getByRole("group", { name: "Show items" }).getByRole("button", { name: "Worse" }).click();
    await expect(page.getByRole("region", { name: /^Item / })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Item case-2" })).toContainText("set_f1 -0.1667");
    await page.screenshot({ path: test.info().outputPath("compare-worse.png"), fullPage: true });
  });
});

test.describe("[EXPERIMENTS]: an optimisation run's page", () => {
  test("lists the run and shows its trials: chart with minibatch and full evaluations, trials and candidates", async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    const { runId } = await seedOptimizationRun(request, OWNER_KEYS);
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/optimization-runs`);
    const list = page.getByRole("table", { name: "Optimization runs" });
    const row = list.getByRole("row").filter({ hasText: runId });
    await expect(row).toContainText("MIPROv2");
    await expect(row).toContainText("set_f1");
    await row.getByRole("link", { name: runId }).click();

    await expect(page.getByRole("heading", { name: `MIPROv2 · ${runId}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Best" })).toContainText("66%");
    await expect(page.getByRole("region", { name: "Baseline" })).toContainText("40%");
    const chart = page.getByRole("img", { name: "Score per trial" });
    // Nine evaluations: the baseline and four trials' full evaluations (5), four minibatches.
    await expect(chart.locator(".recharts-scatter-symbol")).toHaveCount(9);
    await expect(chart.getByText("Best so far")).toBeVisible();
    const trials = page.getByRole("table", { name: "Trials" });
    await expect(trials.getByRole("row")).toHaveCount(1 + 9);
    await expect(trials.getByRole("row").nth(1)).toContainText("baseline");
    await expect(trials.getByRole("row").filter({ hasText: "cand-4" }).first()).toContainText("accepted");
    const candidates = page.getByRole("table", { name: "Candidates" });
    await expect(candidates.getByRole("row").filter({ hasText: "cand-4" })).toContainText("best");
    // Each candidate's instructions are diffed against the first candidate's (no GEPA parents here).
    await expect(candidates.getByRole("row").nth(1)).toContainText("Candidate 1: list every phenotype term.");
    const secondInstructions = candidates.getByLabel("Instructions of cand-2");
    await expect(secondInstructions.locator('[data-change="added"]')).toContainText(["2"]);
    await expect(secondInstructions.locator('[data-change="removed"]')).toContainText(["1"]);
    await page.screenshot({ path: test.info().outputPath("optimization-run.png"), fullPage: true });
  });
});
