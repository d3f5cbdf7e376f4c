// An editor deletes an article, finds it in the trash, restores it, and it is back with its marks.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("editor") });

type Annotations = { annotations: { id: string; quote: string }[] };

test("an editor deletes an article, restores it from the trash, and finds its annotations again", async ({ page }) => {
  const stamp = Date.now();
  const title = `Corbeille ${stamp}`;
  const imported = await page.request.post("/api/v1/imports/text", {
    data: { title, text: `Dépêche ${stamp}. Le ministre a reçu l'ambassadeur à Rabat le 3 mai 2022.\n\nLa délégation est ensuite repartie vers Paris.` },
  });
  expect(imported.status()).toBe(201);
  const { id } = (await imported.json()) as { id: string };
  const { currentRevision } = (await (await page.request.get(`/api/v1/articles/${id}`)).json()) as { currentRevision: { text: string } };
  const start = currentRevision.text.indexOf("Rabat");
  const marked = await page.request.post(`/api/v1/articles/${id}/annotations`, { data: { kind: "ENTITY", start, end: start + 5, quote: "Rabat", newEntity: { name: "Rabat", typeKey: "LOCATION" } } });
  expect(marked.status()).toBe(201);
  const before = ((await (await page.request.get(`/api/v1/articles/${id}/annotations`)).json()) as Annotations).annotations;
  expect(before.map((annotation) => annotation.quote)).toContain("Rabat");

  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: "Supprimer" }).click();
  await expect(page.getByText(`Mettre « ${title} » à la corbeille ? Vous pourrez le restaurer pendant 30 jours.`)).toBeVisible();
  await page.getByRole("button", { name: "Confirmer la suppression" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  expect((await page.request.get(`/api/v1/articles/${id}`)).status()).toBe(404);
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);

  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Corbeille" }).click();
  await page.getByRole("navigation", { name: "Filtrer la corbeille" }).getByRole("link", { name: "Articles" }).click();
  await expect(page).toHaveURL(/\/trash\?kind=article$/);
  const row = page.getByTestId("trash").locator("tr", { hasText: title });
  await expect(row).toContainText("Article");
  await expect(row).toContainText("Élise Éditrice");
  await row.getByRole("button", { name: "Restaurer" }).click();
  await expect(page.getByRole("status").filter({ hasText: `« ${title} » est restauré.` })).toBeVisible();
  await expect(page.getByTestId("trash").locator("tr", { hasText: title })).toHaveCount(0);

  await page.getByRole("status").filter({ hasText: title }).getByRole("link", { name: "Ouvrir" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const after = ((await (await page.request.get(`/api/v1/articles/${id}/annotations`)).json()) as Annotations).annotations;
  expect(after.map((annotation) => annotation.id).sort()).toEqual(before.map((annotation) => annotation.id).sort());
  await page.getByRole("link", { name: "Annoter" }).click();
  await expect(page.getByTestId("annotated-text").locator("[data-annotations]", { hasText: "Rabat" })).toBeVisible();
});
