// The annotation path of issue 4: an editor marks a person (creating the entity), a date resolved
// against the article's date, and a theme of the whole article with its evidence, in seed 000; an
// analyst accepts two and rejects one in the review queue; a reader reaches none of it.
import { expect, test, type Page } from "@playwright/test";
import { dragSelect } from "./support/drag-select";
import { storageStatePath } from "./support/server";

// A real mouse drag over `quote` in the annotated text, and the selection it makes.
async function dragOver(page: Page, quote: string) {
  await dragSelect(page, "annotated-text", quote);
  await expect(page.getByTestId("selection-panel")).toContainText(`« ${quote} »`);
}

test("an editor annotates seed 000, an analyst reviews it in the queue, a reader reaches none of it", async ({ browser }) => {
  // Three people's sessions over an article that also carries the import's suggestions: over 30 s on a busy machine.
  test.setTimeout(60_000);
  const editor = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await editor.newPage();
  await page.goto("/articles?q=Colcombet");
  await page.getByRole("link", { name: "Le général Régis Colcombet (DCSD) en mission à Rabat" }).click();
  await page.getByRole("link", { name: "Annoter" }).click();
  await expect(page.getByTestId("annotated-text")).toContainText("Régis Colcombet");
  const articleId = page.url().split("/").at(-2) as string;
  const items = page.getByTestId("annotation-item");

  await dragOver(page, "Régis Colcombet");
  await page.getByRole("button", { name: "Entité (E)" }).click();
  await page.getByRole("button", { name: "Créer « Régis Colcombet »" }).click();
  await expect(items.filter({ hasText: "« Régis Colcombet »" })).toContainText("Proposée · par");

  await dragOver(page, "dimanche 5 mars");
  await page.keyboard.press("d");
  await expect(page.getByTestId("date-form")).toContainText("Date déduite");
  await expect(page.getByLabel("Du")).toHaveValue("2023-03-05");
  await expect(page.getByLabel("Précision")).toHaveValue("DAY");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(items.filter({ hasText: "2023-03-05" })).toContainText("« dimanche 5 mars »");

  const evidence = "des entretiens riches avec plusieurs partenaires marocains de la coopération de sécurité et de défense";
  await dragOver(page, evidence);
  await page.keyboard.press("t");
  const themes = page.getByLabel("Thème", { exact: true });
  await themes.selectOption((await themes.locator("option", { hasText: "Coopération militaire" }).getAttribute("value")) as string);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  // The import proposed other themes too: the editor's is the one "par Élise Éditrice".
  await expect(items.filter({ hasText: "tout l'article" }).filter({ hasText: "Coopération militaire" })).toContainText("par Élise Éditrice");
  await expect(items.filter({ hasText: "preuve d'un thème" }).filter({ hasText: "par Élise Éditrice" })).toContainText(evidence);
  await expect(page.getByRole("button", { name: "En cours" })).toHaveAttribute("aria-pressed", "true");
  await editor.close();

  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const review = await analyst.newPage();
  await review.goto("/review");
  // The editor's marks (beside the suggestions the import made on this and the other seeds).
  const marks = review.getByTestId("review-item").filter({ hasText: "en mission à Rabat" }).filter({ hasText: "manuelle" });
  await marks.getByRole("checkbox", { name: "Sélectionner Régis Colcombet" }).check();
  await marks.getByRole("checkbox", { name: "Sélectionner dimanche 5 mars" }).check();
  await review.getByRole("button", { name: "Accepter la sélection (2)" }).click();
  await expect(review.getByRole("status")).toHaveText("2 annotation(s) traitée(s).");
  await marks.getByRole("checkbox", { name: "Sélectionner Coopération militaire" }).check();
  await review.getByRole("button", { name: "Rejeter la sélection (1)" }).click();
  await expect(review.getByRole("status")).toHaveText("1 annotation(s) traitée(s).");
  await expect(marks.filter({ hasText: "Régis Colcombet" })).toHaveCount(0);

  await review.goto(`/articles/${articleId}/annotate`);
  const decided = review.getByTestId("annotation-item");
  await expect(decided.filter({ hasText: "« Régis Colcombet »" })).toHaveAttribute("data-status", "ACCEPTED");
  await expect(decided.filter({ hasText: "« dimanche 5 mars »" })).toHaveAttribute("data-status", "ACCEPTED");
  await expect(decided.filter({ hasText: "tout l'article" }).filter({ hasText: "Coopération militaire" })).toHaveAttribute("data-status", "REJECTED");
  await expect(decided.filter({ hasText: "« Régis Colcombet »" })).toContainText("relue par");
  const exported = await review.request.get(`/api/v1/articles/${articleId}/annotations/export?format=jsonl`);
  expect(exported.headers()["content-disposition"]).toContain(".jsonl");
  expect(JSON.parse(await exported.text())).toMatchObject({ id: articleId, label: expect.arrayContaining([expect.arrayContaining(["PERSON"]), expect.arrayContaining(["DATE"])]) });
  await analyst.close();

  const reader = await browser.newContext({ storageState: storageStatePath("reader") });
  const readerPage = await reader.newPage();
  for (const path of [`/articles/${articleId}/annotate`, "/review"]) {
    await readerPage.goto(path);
    await expect(readerPage.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  }
  for (const path of [`/api/v1/articles/${articleId}/annotations`, "/api/v1/annotations/review", "/api/v1/entities?q=colcombet", `/api/v1/articles/${articleId}/annotations/export`]) {
    expect((await readerPage.request.get(path)).status(), path).toBe(403);
  }
  await reader.close();
});

test("an editor corrects the text: marks follow it, and a mark whose words were removed waits to be re-anchored", async ({ browser }) => {
  const editor = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await editor.newPage();
  const stamp = Date.now();
  const imported = await page.request.post("/api/v1/imports/text", {
    data: { title: `Correction ${stamp}`, text: `Dépêche ${stamp}. Le ministre a reçu l'ambassadeur à Rabat le 3 mai 2022.\n\nLa délégation est ensuite repartie vers Paris.` },
  });
  const { id } = (await imported.json()) as { id: string };
  const article = (await (await page.request.get(`/api/v1/articles/${id}`)).json()) as { currentRevision: { text: string } };
  const text = article.currentRevision.text;
  for (const quote of ["Rabat", "Paris"]) {
    const start = text.indexOf(quote);
    const response = await page.request.post(`/api/v1/articles/${id}/annotations`, { data: { kind: "ENTITY", start, end: start + quote.length, quote, newEntity: { name: quote, typeKey: "LOCATION" } } });
    expect(response.status()).toBe(201);
  }

  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: "Corriger le texte…" }).click();
  await page.getByLabel("La correction crée une nouvelle révision").fill(text.replace("Le ministre", "Le ministre des Affaires étrangères").replace(" vers Paris", ""));
  await page.getByRole("button", { name: "Enregistrer la correction" }).click();
  // The date the import proposed ("le 3 mai 2022") follows the correction too.
  await expect(page.getByText("Nouvelle révision : 2 annotation(s) réancrée(s), 1 à réancrer à la main.")).toBeVisible();

  await page.getByRole("link", { name: "Annoter" }).click();
  await expect(page.getByTestId("orphans")).toContainText("« Paris »");
  await expect(page.getByTestId("annotated-text").locator("[data-annotations]")).toHaveText(["Rabat", "le 3 mai 2022"]);
  await editor.close();
});
