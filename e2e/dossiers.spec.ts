// The dossier path of issue 6: an analyst builds "Coopération sécuritaire France–Maroc 2023–2024"
// from seeds 000–003 with three quotes, a commentary and the timeline, and submits it; an editor
// publishes it; a reader opens it, follows a citation to the source passage and downloads the PDF,
// and cannot open a draft by URL.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { dragSelect } from "./support/drag-select";
import { storageStatePath } from "./support/server";

const seeds = {
  s000: "Le général Régis Colcombet (DCSD) en mission à Rabat",
  s001: "Gérald Darmanin à Rabat : terrorisme, JO de Paris 2024 et Sahel",
  s002: "22e Commission militaire mixte maroco-française à Rabat",
  s003: "Le réchauffement des relations franco-marocaines se confirme",
};

const quotes = [
  { article: seeds.s000, search: "Colcombet", text: "les contacts entre la France et le Maroc ne sont pas rompus" },
  { article: seeds.s001, search: "Darmanin", text: "Sans les services de renseignement marocains, la France serait plus vulnérable au terrorisme" },
  { article: seeds.s002, search: "Commission militaire mixte", text: "Une rencontre qui a marqué une nouvelle étape très importante au sujet des relations militaires" },
];

const events = [
  { article: seeds.s000, search: "Colcombet", quote: "octobre 2022", date: { start: "2022-10-01", end: "2022-10-31", precision: "MONTH" } },
  { article: seeds.s003, search: "réchauffement", quote: "du 26 juillet au 11 août 2024", date: { start: "2024-07-26", end: "2024-08-11", precision: "DAY" } },
];

async function articleId(api: APIRequestContext, title: string): Promise<string> {
  const response = await api.get(`/api/v1/articles?q=${encodeURIComponent(title)}`);
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`No article "${title}"`);
  return found.id;
}

// The events cite reviewed date annotations: an editor accepts the import's suggestion for the
// expression, or marks it, through the API.
async function acceptedDate(api: APIRequestContext, event: (typeof events)[number]) {
  const id = await articleId(api, event.article);
  const { annotations } = (await (await api.get(`/api/v1/articles/${id}/annotations`)).json()) as { annotations: { id: string; version: number; kind: string; quote: string }[] };
  let annotation = annotations.find((candidate) => candidate.kind === "DATE" && candidate.quote === event.quote);
  if (!annotation) {
    const article = (await (await api.get(`/api/v1/articles/${id}`)).json()) as { currentRevision: { id: string; text: string } };
    const start = article.currentRevision.text.indexOf(event.quote);
    const created = await api.post(`/api/v1/articles/${id}/annotations`, { data: { kind: "DATE", start, end: start + event.quote.length, quote: event.quote, revisionId: article.currentRevision.id, date: event.date } });
    expect(created.status()).toBe(201);
    annotation = ((await created.json()) as { annotations: { id: string; version: number; kind: string; quote: string }[] }).annotations[0];
  }
  const accepted = await api.patch(`/api/v1/annotations/${annotation?.id}`, { data: { version: annotation?.version, status: "ACCEPTED", date: event.date } });
  expect(accepted.ok()).toBe(true);
}

async function pickArticle(page: Page, search: string, title: string) {
  const panel = page.getByTestId("add-item-panel");
  if (await panel.getByRole("button", { name: "Changer d'article" }).isVisible()) await panel.getByRole("button", { name: "Changer d'article" }).click();
  await panel.getByLabel("Chercher un article").fill(search);
  await panel.getByRole("button", { name: title }).click();
}

test("an analyst compiles and submits a dossier, an editor publishes it, a reader reads it and follows its citations", async ({ browser }) => {
  // Three roles, three quotes, two events and a PDF: longer than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const editor = await browser.newContext({ storageState: storageStatePath("editor") });
  for (const event of events) await acceptedDate(editor.request, event);

  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const page = await analyst.newPage();
  await page.goto("/studio");
  await page.getByLabel("Titre").fill("Coopération sécuritaire France–Maroc 2023–2024");
  await page.getByLabel("Résumé").fill("Du dégel de 2023 à la sécurité des Jeux olympiques.");
  await page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(page.getByTestId("dossier-title")).toHaveText("Coopération sécuritaire France–Maroc 2023–2024");
  const slug = page.url().split("/").at(-1) as string;
  const items = page.getByTestId("draft-item");

  // Three quotes, each selected with the mouse in its article's text.
  for (const [index, quote] of quotes.entries()) {
    await pickArticle(page, quote.search, quote.article);
    await dragSelect(page, "excerpt-source", quote.text);
    await expect(page.getByTestId("excerpt-selection")).toHaveText(`« ${quote.text} »`);
    await page.getByRole("button", { name: "Ajouter l'extrait" }).click();
    await expect(items).toHaveCount(index + 1);
    await expect(items.nth(index)).toContainText(quote.text);
    await expect(items.nth(index).getByTestId("citation-ref")).toHaveText(`[${index + 1}]`);
  }

  // The commentary; a script in it is shown as text, never run.
  await page.getByRole("tab", { name: "Commentaire" }).click();
  await page.getByLabel("Commentaire (Markdown)").fill("Le **dégel** se confirme <script>window.hacked=1</script> après deux ans de crise.");
  await page.getByRole("button", { name: "Ajouter le commentaire" }).click();
  await expect(items.nth(3).locator("strong")).toHaveText("dégel");
  await expect(items.nth(3)).toContainText("<script>");

  // Dated events, in a section of their own; the timeline orders them and keeps their precision.
  await page.getByLabel("Titre de la section").fill("Chronologie des rencontres");
  await page.getByRole("button", { name: "Ajouter une section" }).click();
  await expect(page.getByTestId("draft-section")).toHaveCount(2);
  await page.getByTestId("add-item-panel").getByLabel("Dans la section").selectOption({ label: "Chronologie des rencontres" });
  await page.getByRole("tab", { name: "Événement" }).click();
  for (const event of [...events].reverse()) {
    await pickArticle(page, event.search, event.article);
    await page.getByTestId("add-item-panel").getByRole("listitem").filter({ hasText: `« ${event.quote} »` }).getByRole("button", { name: "Ajouter" }).click();
    await expect(page.getByTestId("draft-section").nth(1).getByTestId("draft-item").filter({ hasText: event.quote })).toHaveCount(1);
  }
  const timeline = page.getByTestId("panel-timeline").getByRole("listitem");
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText("octobre 2022");
  await expect(timeline.nth(0)).not.toContainText("1 octobre 2022");
  await expect(timeline.nth(1)).toContainText("26 juillet 2024 – 11 août 2024");

  // Drag the commentary to the top of the first section.
  const firstSection = page.getByTestId("draft-section").nth(0).getByTestId("draft-item");
  await firstSection.nth(3).dragTo(firstSection.nth(0));
  await expect(firstSection.nth(0)).toContainText("dégel");
  await expect(page.getByTestId("draft-problems")).toHaveCount(0);

  await page.getByRole("button", { name: "Soumettre à la relecture" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("En relecture");
  // The author cannot publish their own dossier.
  await expect(page.getByRole("button", { name: "Publier maintenant" })).toHaveCount(0);
  await analyst.close();

  const review = await editor.newPage();
  await review.goto(`/studio/${slug}`);
  await review.getByRole("button", { name: "Publier maintenant" }).click();
  await expect(review.getByTestId("dossier-status")).toHaveText("Publié");
  await expect(review.getByTestId("version-list")).toContainText("v1");
  await editor.close();

  const reader = await browser.newContext({ storageState: storageStatePath("reader") });
  const reading = await reader.newPage();
  await reading.goto("/dossiers?q=securitaire+maroc");
  await reading.getByRole("link", { name: "Coopération sécuritaire France–Maroc 2023–2024" }).click();
  const dossier = reading.getByTestId("published-dossier");
  await expect(dossier).toContainText(quotes[1]!.text);
  await expect(dossier.getByTestId("panel-timeline")).toContainText("octobre 2022");
  await dossier.getByTestId("citation-ref").filter({ hasText: "[2]" }).first().click();
  await expect(reading).toHaveURL(/#source-2$/);
  const source = reading.locator("#source-2");
  await expect(source).toContainText(seeds.s001);
  await expect(source.locator("mark")).toHaveText(quotes[1]!.text);
  await expect(source.getByRole("link", { name: "Ouvrir dans l'article" })).toHaveCount(0);

  const download = reading.waitForEvent("download");
  await reading.getByTestId("download-pdf").click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`${slug}-v1.pdf`);
  const stream = await pdf.createReadStream();
  const head = await new Promise<string>((resolve) => stream.once("data", (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString())));
  expect(head).toBe("%PDF-");
  await reader.close();
});

test("a reader cannot open a draft, by page or by API", async ({ browser }) => {
  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const created = await analyst.request.post("/api/v1/dossiers", { data: { title: "Brouillon confidentiel" } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  await analyst.close();

  const reader = await browser.newContext({ storageState: storageStatePath("reader") });
  const page = await reader.newPage();
  expect((await page.goto(`/dossiers/${slug}`))?.status()).toBe(404);
  expect((await page.goto(`/studio/${slug}`))?.status()).toBe(403);
  expect((await reader.request.get(`/api/v1/dossiers/${slug}`)).status()).toBe(404);
  expect((await reader.request.get(`/api/v1/dossiers/${slug}/draft`)).status()).toBe(403);
  await reader.close();
});
