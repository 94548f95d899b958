import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import {
  addMember,
  createProject,
  signInApiClient,
  signInBrowser,
  signUpApiClient,
  signUpBrowser,
  uniqueAccount,
} from "../support/accounts";

test.describe("[PRICES]: model prices in settings", () => {
  test("an owner adds a price for a local model, edits it and deletes it", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("prices"));
    const project = await createProject(context.request, "Prices UI");
    await page.goto(`/project/${project.id}/settings`);
    await page
      .getByRole("navigation", { name: "Settings sections" })
      .getByRole("link", { name: "Model prices" })
      .click();
    await expect(page).toHaveURL(`/project/${project.id}/settings/model-prices`);
    await expect(page.getByRole("heading", { name: "No project prices yet" })).toBeVisible();

    await page.getByRole("button", { name: "Add price" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Add a model price" })).toBeVisible();
    await dialog.getByLabel("Model name").fill("llama3");
    await dialog.getByLabel("Match pattern").fill("llama3(");
    await dialog.getByRole("button", { name: "Add price" }).click();
    // Checked in the browser: nothing reaches the API until the form is valid.
    await expect(dialog.getByText("Not a valid regular expression: Unterminated group")).toBeVisible();
    await expect(dialog.getByText("Enter a price; 0 makes the model free")).toHaveCount(2);

    await dialog.getByLabel("Match pattern").fill("llama3.*");
    await dialog.getByLabel("Try a model id").fill("llama3.1:8b");
    await expect(dialog.getByRole("status")).toHaveText("Matches");
    await dialog.getByLabel("Try a model id").fill("my-llama3");
    await expect(dialog.getByRole("status")).toHaveText("No match");
    await dialog.getByLabel("Input", { exact: true }).fill("0");
    await dialog.getByLabel("Output", { exact: true }).fill("0");
    await dialog.getByRole("button", { name: "Add price" }).click();
    await expect(dialog).toBeHidden();

    const table = page.getByRole("table", { name: "Project model prices" });
    const row = table.getByRole("row").filter({ hasText: "llama3.*" });
    await expect(row).toContainText("llama3");
    await expect(row.getByRole("cell")).toHaveText([
      /^llama3\s*0 spans costed$/,
      "llama3.*",
      "$0.00",
      "$0.00",
      "as input",
      "as input",
      "as output",
      /^from .+no end$/,
      /Edit/,
    ]);

    await row.getByRole("button", { name: "Edit llama3" }).click();
    await expect(dialog.getByRole("heading", { name: "Edit llama3" })).toBeVisible();
    await expect(dialog.getByLabel("Match pattern")).toHaveValue("llama3.*");
    await expect(dialog.getByLabel("Input", { exact: true })).toHaveValue("0");
    await dialog.getByLabel("Match pattern").fill("llama3(\\.\\d+)?(:.*)?");
    await dialog.getByLabel("Output", { exact: true }).fill("0.05");
    await dialog.getByLabel("Cache read").fill("0");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    const edited = table.getByRole("row").filter({ hasText: "llama3(" });
    await expect(edited.getByRole("cell")).toHaveText([
      /^llama3\s*0 spans costed$/,
      "llama3(\\.\\d+)?(:.*)?",
      "$0.00",
      "$0.05",
      "$0.00",
      "as input",
      "as output",
      /^from .+no end$/,
      /Edit/,
    ]);
    await expect(table.getByRole("row")).toHaveCount(3);

    await edited.getByRole("button", { name: "Delete llama3" }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm.getByRole("heading", { name: "Delete this price?" })).toBeVisible();
    await confirm.getByRole("button", { name: "Delete price" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("heading", { name: "No project prices yet" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Project model prices" })).toHaveCount(0);
  });

  test("an owner overrides a built-in price, pre-filled from its row", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("override"));
    const project = await createProject(context.request, "Overrides");
    await page.goto(`/project/${project.id}/settings/model-prices`);

    const builtin = page.getByRole("table", { name: "Built-in model prices" });
    await page.getByLabel("Search built-in prices").fill("openai/gpt-4o-mini-2024-07-18");
    // A full model id as spans carry it finds the row whose pattern prices it.
    await expect(builtin.getByRole("row")).toHaveCount(3);
    const row = builtin.getByRole("row").filter({ hasText: "gpt-4o-mini" });
    await expect(row).toContainText("OpenAI");
    await expect(row).toContainText("$0.15");
    const source = row.getByRole("link", { name: /openai\.com/ });
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(source).toHaveAttribute("rel", "noopener noreferrer");

    await row.getByRole("button", { name: "Override gpt-4o-mini" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Override gpt-4o-mini" })).toBeVisible();
    await expect(dialog.getByLabel("Model name")).toHaveValue("gpt-4o-mini");
    await expect(dialog.getByLabel("Input", { exact: true })).toHaveValue("0.15");
    await expect(dialog.getByLabel("Output", { exact: true })).toHaveValue("0.6");
    await expect(dialog.getByLabel("Cache read")).toHaveValue("0.075");
    await expect(dialog.getByLabel("Reasoning")).toHaveValue("");
    await expect(dialog.getByRole("status")).toHaveText("Matches");
    await page.screenshot({ path: test.info().outputPath("model-price-override-dialog.png") });
    await dialog.getByLabel("Input", { exact: true }).fill("0.12");
    await dialog.getByRole("button", { name: "Add price" }).click();
    await expect(dialog).toBeHidden();

    await expect(
      page.getByRole("table", { name: "Project model prices" }).getByRole("row").filter({ hasText: "gpt-4o-mini" }),
    ).toContainText("$0.12");
    await expect(row).toContainText("Overridden");
    await expect(row.getByRole("button", { name: "Edit override of gpt-4o-mini" })).toBeVisible();

    await page.getByLabel("Search built-in prices").fill("");
    await page.getByRole("button", { name: "Add price" }).click();
    await dialog.getByLabel("Model name").fill("llama3");
    await dialog.getByLabel("Match pattern").fill("llama3.*");
    await dialog.getByLabel("In effect from").fill("2026-01-01T00:00");
    await dialog.getByLabel("Input", { exact: true }).fill("0");
    await dialog.getByLabel("Output", { exact: true }).fill("0");
    await dialog.getByRole("button", { name: "Add price" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("table", { name: "Project model prices" }).getByRole("row")).toHaveCount(4);
    await page.screenshot({ path: test.info().outputPath("model-prices.png"), fullPage: true });

    // A name has one price per start date: the API's 409 lands in the dialog.
    await page.getByRole("button", { name: "Add price" }).click();
    await dialog.getByLabel("Model name").fill("llama3");
    await dialog.getByLabel("Match pattern").fill("llama3:.*");
    await dialog.getByLabel("In effect from").fill("2026-01-01T00:00");
    await dialog.getByLabel("Input", { exact: true }).fill("1");
    await dialog.getByLabel("Output", { exact: true }).fill("1");
    await dialog.getByRole("button", { name: "Add price" }).click();
    await expect(dialog.getByRole("alert")).toContainText('already has a price for "llama3"');
  });

  test("a viewer sees the prices but cannot add, edit, delete or override one", async ({ page, context }) => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const project = await createProject(owner, "Read-only prices");
    const seeded = await owner.post(`/api/projects/${project.id}/model-prices`, {
      data: { modelName: "llama3", matchPattern: "llama3.*", inputPerMTok: 0, outputPerMTok: 0 },
    });
    expect(seeded.status(), await seeded.text()).toBe(200);

    const viewerAccount = uniqueAccount("viewer");
    await signUpApiClient(viewerAccount);
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });
    const viewer = await signInApiClient(viewerAccount);
    const refused = await viewer.post(`/api/projects/${project.id}/model-prices`, {
      data: { modelName: "mine", matchPattern: "mine", inputPerMTok: 0, outputPerMTok: 0 },
    });
    expect(refused.status()).toBe(403);

    await signInBrowser(context, viewerAccount);
    await page.goto(`/project/${project.id}/settings/model-prices`);
    // Wait for the rows first: during the loading state every "count is 0" would pass.
    await expect(
      page.getByRole("table", { name: "Project model prices" }).getByRole("row").filter({ hasText: "llama3.*" }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: "Built-in model prices" })
        .getByRole("row")
        .filter({ hasText: "gpt-4o-mini" })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Add price" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Edit|Delete|Override)/ })).toHaveCount(0);
    await expect(page.getByText("only owners and admins can add, change or delete them")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("model-prices-as-viewer.png"), fullPage: true });
  });
});
