// An editor imports: the five seed files at once (already in the demo data, so each is reported as a
// duplicate of its article, nothing imported twice), a pasted text cleaned with a visible report,
// and an undo of one clean-up step in article 004 that can be applied again.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("editor") });

// The demo's copies of ../shared/corpus/seeds, byte for byte: present in any checkout.
const seedsDir = path.join(process.cwd(), "prisma", "demo", "articles");
const seeds = ["000_c9c3fc588f35eb4a.txt", "001_c896d8f6e04a56be.txt", "002_a14c3bf8488f74fc.txt", "003_1cc6efedb35eb3c5.txt", "004_326b10c8a0079c95.txt"];

test("uploads the five seeds at once, follows the progress, and restores a removed paragraph of 004", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("navigation").getByRole("link", { name: "Importer" }).click();
  await expect(page.getByRole("heading", { name: "Importer des articles" })).toBeVisible();

  await page.locator("#import-files").setInputFiles(seeds.map((file) => path.join(seedsDir, file)));
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  const progress = page.getByTestId("import-progress");
  await expect(progress).toContainText(/\/ 5|terminé/);
  await expect(progress).toHaveText("Import terminé : 0 créé(s), 5 doublon(s), 0 échec(s).");
  const items = page.getByTestId("import-item");
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: "Doublon" })).toHaveCount(5);

  await items.filter({ hasText: "004_326b10c8a0079c95.txt" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mark Esper");
  const repeated = page.locator('[data-testid="cleanup-change"][data-rule="repeated-paragraph"]');
  await expect(repeated).toHaveCount(17);

  const target = repeated.nth(2);
  const paragraph = (await target.locator("blockquote").innerText()).trim().slice(0, 60);
  const text = page.getByTestId("article-text");
  await expect(text.getByText(paragraph, { exact: false })).toHaveCount(1);
  await target.getByRole("button", { name: "Restaurer" }).click();
  await expect(repeated).toHaveCount(16);
  await expect(text.getByText(paragraph, { exact: false })).toHaveCount(2);
  await expect(page.getByText("Restauré par un éditeur")).toBeVisible();

  // Applied again, so the demo article ends as it started.
  await page.getByRole("button", { name: "Supprimer à nouveau" }).click();
  await expect(repeated).toHaveCount(17);
  await expect(text.getByText(paragraph, { exact: false })).toHaveCount(1);
});

test("imports a pasted text, cleaned, with its report and a date to confirm", async ({ page }) => {
  const marker = `Rabat-${Date.now()}`;
  await page.goto("/articles/import");
  await page.getByRole("tab", { name: "Coller un texte" }).click();
  await page.locator("#paste-text").fill(
    `La coopération sécuritaire entre le Maroc et la France (${marker}) a été au cœur d'une réunion tenue le 14 mars 2023.\n\nPublicité\n\nLes deux ministres ont signé une déclaration commune sur le renseignement et la lutte antiterroriste.`,
  );
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Article importé.");
  await page.getByRole("status").getByRole("link").click();

  await expect(page.getByTestId("article-text")).toContainText(marker);
  await expect(page.getByTestId("article-text")).not.toContainText("Publicité");
  await expect(page.locator('[data-testid="cleanup-change"][data-rule="boilerplate-line"]')).toHaveCount(1);
  await expect(page.getByTestId("date-proposal")).toContainText("14 mars 2023");
  await page.getByRole("button", { name: "Accepter cette date" }).click();
  await expect(page.getByTestId("date-proposal")).toHaveCount(0);
  await expect(page.locator("header p").getByText("14 mars 2023", { exact: true })).toBeVisible();
});

test("refuses a bad file with its reason while the other file of the batch imports", async ({ page }) => {
  await page.goto("/articles/import");
  await page.locator("#import-files").setInputFiles([
    { name: "vide.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    {
      name: "page.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        `<html lang="fr"><head><title>Exercice ${Date.now()}</title><script>alert(1)</script></head><body><article><h1>Exercice African Lion</h1><p>Les forces armées royales et les forces américaines ont conduit l'exercice African Lion dans le sud du Maroc, avec plusieurs milliers de militaires (${Date.now()}).</p><p>Les manœuvres ont porté sur la lutte antiterroriste et le soutien logistique.</p></article></body></html>`,
      ),
    },
  ]);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByTestId("import-progress")).toHaveText("Import terminé : 1 créé(s), 0 doublon(s), 1 échec(s).");
  await expect(page.getByTestId("import-item").filter({ hasText: "vide.txt" })).toContainText("Échec");
  const created = page.getByTestId("import-item").filter({ hasText: "page.html" });
  await created.getByRole("link").click();
  await expect(page.getByTestId("article-text")).toContainText("African Lion");
  await expect(page.getByTestId("article-text")).not.toContainText("alert(1)");
});
