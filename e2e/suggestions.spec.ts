// Suggestions of issue 5: an editor imports seed 004 afresh; an analyst opens it and finds its people,
// places and dates already proposed (dashed), accepts every suggested entity in one action, then merges
// Nacer Bourita into Nasser Bourita and finds the mentions of both spellings on one entity page, the
// freshly accepted one included. An admin reads each recommender's acceptance rate.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test("an analyst confirms the suggestions of a freshly imported seed, merges two spellings of a minister, and an admin reads the acceptance rates", async ({ browser }) => {
  // Four people's sessions, an import, a merge and its undo: a long journey.
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const title = `Esper au Maghreb ${stamp}`;
  const seed = await readFile(path.join(process.cwd(), "prisma", "demo", "articles", "004_326b10c8a0079c95.txt"), "utf8");
  const editor = await browser.newContext({ storageState: storageStatePath("editor") });
  const imported = await editor.request.post("/api/v1/imports/text", { data: { title, text: `${seed}\n\nRéf. ${stamp}`, published: "2020-10" } });
  expect(imported.status()).toBe(201);
  const { id: articleId } = (await imported.json()) as { id: string };
  await editor.close();

  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const page = await analyst.newPage();
  await page.goto(`/articles/${articleId}/annotate`);
  // Proposed on import, before anyone typed anything: drawn with dashes, named by their recommender.
  const text = page.getByTestId("annotated-text");
  await expect(text.locator("[data-suggested]").filter({ hasText: /^Nacer Bourita$/ }).first()).toBeVisible();
  await expect(text.locator("[data-suggested]").filter({ hasText: /^vendredi 2 octobre$/ })).toHaveCount(1);
  const items = page.getByTestId("annotation-item");
  await expect(items.filter({ hasText: "« Nacer Bourita »" }).first()).toContainText("Proposée · suggestion : Règles du français");
  await expect(items.filter({ hasText: "« vendredi 2 octobre »" })).toContainText("2020-10-02");

  const entities = page.getByRole("region", { name: "Entités" }).getByTestId("annotation-item");
  const count = await entities.count();
  expect(count).toBeGreaterThan(20);
  await page.getByRole("button", { name: `Accepter toutes les entités proposées (${count})` }).click();
  await expect(page.getByTestId("suggestions-panel").getByRole("status")).toHaveText(`${count} suggestion(s) acceptée(s).`);
  await expect(entities.and(page.locator('[data-status="ACCEPTED"]'))).toHaveCount(count);
  await expect(items.filter({ hasText: "« Nacer Bourita »" }).first()).toContainText("Acceptée");
  // Dates and themes wait for their own decision.
  await expect(page.getByRole("region", { name: "Dates" }).getByTestId("annotation-item").first()).toHaveAttribute("data-status", "SUGGESTED");

  // The two spellings are proposed as one person; keep Nasser Bourita.
  await page.goto("/entities/duplicates");
  const proposal = page.getByTestId("duplicate-proposal").filter({ hasText: "« Nacer Bourita »" }).filter({ hasText: "« Nasser Bourita »" });
  await proposal.getByRole("button", { name: "Garder « Nasser Bourita »" }).click();
  await expect(page.getByText("« Nacer Bourita » fusionnée dans « Nasser Bourita ».")).toBeVisible();
  await page.goto("/entities?q=nacer");
  await page.getByTestId("entity-row").filter({ hasText: "trouvée par « Nacer Bourita »" }).getByRole("link", { name: "Nasser Bourita", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nasser Bourita");
  const mentions = page.getByTestId("entity-mention");
  await expect(mentions.filter({ hasText: title }).filter({ hasText: "Nacer Bourita" }).first()).toBeVisible();
  await expect(mentions.filter({ hasText: "Nasser Bourita" }).first()).toBeVisible();
  // Leave the register as it was for the other tests.
  await page.getByTestId("entity-merge").filter({ hasText: "« Nacer Bourita »" }).getByRole("button", { name: "Annuler la fusion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fusion annulée" })).toBeVisible();
  await analyst.close();

  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/suggestions");
  const rules = adminPage.getByTestId("recommender-stats").getByRole("row").filter({ hasText: "Règles du français" }).filter({ hasText: "Entités" });
  await expect(rules).toContainText("%");
  await admin.close();

  const reader = await browser.newContext({ storageState: storageStatePath("reader") });
  const readerPage = await reader.newPage();
  await readerPage.goto("/admin/suggestions");
  await expect(readerPage.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  expect((await readerPage.request.post(`/api/v1/articles/${articleId}/suggestions`)).status()).toBe(403);
  await reader.close();
});
