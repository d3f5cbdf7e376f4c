// An editor searches the article list: words with highlighted passages, facets, order and period, all
// held in the address so a reload, a shared link and back/forward give the same list. Other specs import
// articles meanwhile: the assertions bear on the five seed articles, never on totals.
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("editor") });

const esper = "Mark Esper à Tunis, Alger et Rabat : accord de coopération militaire";
const colcombet = "Le général Régis Colcombet (DCSD) en mission à Rabat";
const rechauffement = "Le réchauffement des relations franco-marocaines se confirme";
const darmanin = "Gérald Darmanin à Rabat : terrorisme, JO de Paris 2024 et Sahel";

const row = (page: Page, title: string) => page.locator("tbody tr").filter({ has: page.getByRole("link", { name: title, exact: true }) });

test("searches as one types, highlights the matches and keeps the search in the address", async ({ page }) => {
  await page.goto("/articles");
  const box = page.getByRole("searchbox", { name: "Rechercher" });
  await box.fill("securite maroc");
  // No Enter: the search starts after a short pause.
  await expect(page).toHaveURL(/[?&]q=securite(\+|%20)maroc/);
  await expect(row(page, esper).locator("mark").first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Rechercher" })).toHaveValue("securite maroc");
  await expect(row(page, esper).locator("mark").first()).toBeVisible();
  await expect(page.getByLabel("Trier par")).toHaveValue("relevance");

  // Back from an article returns to the same search.
  await page.getByRole("link", { name: esper, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(esper);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=securite(\+|%20)maroc/);
  await expect(page.getByRole("searchbox", { name: "Rechercher" })).toHaveValue("securite maroc");
  await expect(row(page, esper).locator("mark").first()).toBeVisible();
});

test("narrows with facets, sorts, clears the filters, and replays them with back", async ({ page }) => {
  await page.goto("/articles?q=securite+maroc");
  const results = page.getByTestId("article-results");
  const count = results.getByRole("status");
  await expect(row(page, colcombet)).toBeVisible();
  const before = await count.innerText();

  await page.getByRole("checkbox", { name: /^Français/ }).check();
  await expect(page).toHaveURL(/[?&]language=fr/);
  await expect(row(page, esper)).toBeVisible();

  await page.getByRole("checkbox", { name: /^2020/ }).check();
  await expect(page).toHaveURL(/from=2020&to=2020/);
  await expect(row(page, colcombet)).toHaveCount(0);
  await expect(row(page, esper)).toBeVisible();
  await expect(count).not.toHaveText(before);
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue("2020");

  await page.getByRole("checkbox", { name: /^2020/ }).uncheck();
  await expect(page).not.toHaveURL(/from=/);
  await expect(row(page, colcombet)).toBeVisible();

  await page.getByLabel("Trier par").selectOption({ label: "Plus anciens" });
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  await expect(results.locator("tbody tr td:first-child a")).toContainText([esper, rechauffement, colcombet, darmanin]);

  await page.getByRole("button", { name: "Effacer les filtres" }).click();
  await expect(page).not.toHaveURL(/language=/);
  await expect(page).toHaveURL(/q=securite.*sort=oldest/);
  await expect(page.getByRole("checkbox", { name: /^Français/ })).not.toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/[?&]language=fr/);
  await expect(page.getByRole("checkbox", { name: /^Français/ })).toBeChecked();
});

test("explains a mistyped date and an empty result, and clears them", async ({ page }) => {
  await page.goto("/articles");
  const from = page.getByLabel("Du", { exact: true });
  await from.fill("2023-13");
  await from.press("Enter");
  await expect(page.getByText("from is a date written 2024, 2024-12 or 2024-12-02.")).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");

  await from.fill("2023");
  await from.press("Enter");
  await expect(page.getByText("from is a date written")).toHaveCount(0);
  await expect(row(page, colcombet)).toBeVisible();
  await expect(row(page, esper)).toHaveCount(0);
  await page.getByRole("button", { name: "Effacer les filtres" }).click();
  await expect(row(page, esper)).toBeVisible();

  const box = page.getByRole("searchbox", { name: "Rechercher" });
  await box.fill("zzqxwv");
  await box.press("Enter");
  await expect(page.getByText("Aucun article ne correspond à « zzqxwv ».")).toBeVisible();
  await page.getByRole("button", { name: "Effacer la recherche" }).click();
  await expect(box).toHaveValue("");
  await expect(row(page, esper)).toBeVisible();
});
