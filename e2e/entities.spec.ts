// The entity register of issue 5: two spellings of one minister, each mentioned in an article, are
// proposed as likely duplicates; an analyst merges Nacer Bourita into Nasser Bourita, sees the
// mentions of both on one entity page, and undoes the merge. A reader reaches none of it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test("an analyst merges Nacer Bourita into Nasser Bourita from the likely duplicates, sees both spellings' mentions on one page, and undoes it", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const editor = await browser.newContext({ storageState: storageStatePath("editor") });
  const imported = await editor.request.post("/api/v1/imports/text", {
    data: { title: `Diplomatie ${stamp}`, text: `Dépêche ${stamp}. Nacer Bourita a reçu son homologue à Rabat.\n\nLe lendemain, Nasser Bourita s'est rendu à Paris.` },
  });
  expect(imported.status()).toBe(201);
  const { id: articleId } = (await imported.json()) as { id: string };
  await editor.close();

  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const page = await analyst.newPage();
  const article = (await (await page.request.get(`/api/v1/articles/${articleId}`)).json()) as { currentRevision: { text: string } };
  for (const name of ["Nacer Bourita", "Nasser Bourita"]) {
    const start = article.currentRevision.text.indexOf(name);
    const created = await page.request.post(`/api/v1/articles/${articleId}/annotations`, { data: { kind: "ENTITY", start, end: start + name.length, quote: name, newEntity: { name, typeKey: "PERSON" } } });
    expect(created.status()).toBe(201);
  }

  await page.goto("/entities");
  await page.getByRole("link", { name: "Doublons probables" }).click();
  const proposal = page.getByTestId("duplicate-proposal").filter({ hasText: "« Nacer Bourita »" }).filter({ hasText: "« Nasser Bourita »" });
  await expect(proposal).toContainText("variante d'écriture");
  await proposal.getByRole("button", { name: "Garder « Nasser Bourita »" }).click();
  await expect(page.getByText("« Nacer Bourita » fusionnée dans « Nasser Bourita ».")).toBeVisible();
  await expect(proposal).toHaveCount(0);

  // The merged spelling now finds the entity kept.
  await page.goto("/entities?q=nacer");
  const row = page.getByTestId("entity-row").filter({ hasText: "trouvée par « Nacer Bourita »" });
  await expect(page.getByRole("link", { name: "Nacer Bourita", exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: "Nasser Bourita", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nasser Bourita");
  const ours = page.getByTestId("entity-mention").filter({ hasText: `Diplomatie ${stamp}` });
  await expect(ours.filter({ hasText: "Nacer Bourita a reçu" }).first()).toBeVisible();
  await expect(ours.filter({ hasText: "Nasser Bourita s'est rendu" }).first()).toBeVisible();
  await expect(page.getByTestId("entity-names")).toContainText("Nacer Bourita");

  const merge = page.getByTestId("entity-merge").filter({ hasText: "« Nacer Bourita »" });
  await merge.getByRole("button", { name: "Annuler la fusion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fusion annulée" })).toBeVisible();
  await expect(ours.filter({ hasText: "Nacer Bourita a reçu" })).toHaveCount(0);
  await expect(page.getByTestId("entity-names")).not.toContainText("Nacer Bourita");
  await page.getByRole("link", { name: "Fusion annulée : « Nacer Bourita » est de nouveau une entité à part." }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nacer Bourita");
  const restored = page.getByTestId("entity-mention").filter({ hasText: `Diplomatie ${stamp}` }).first();
  await expect(restored).toContainText("Nacer Bourita a reçu");

  // The mention opens the article's annotation workspace on that mark.
  await restored.getByRole("link").click();
  await expect(page.getByTestId("annotation-item").filter({ hasText: "« Nacer Bourita »" })).toHaveAttribute("aria-current", "true");
  await analyst.close();

  const reader = await browser.newContext({ storageState: storageStatePath("reader") });
  const readerPage = await reader.newPage();
  await readerPage.goto("/entities");
  await expect(readerPage.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  await reader.close();
});
