// A published reading page is rendered once per reader and then sent from memory by the production
// server (lib/dossiers/reading-page-cache.ts): the copy a person gets is their own, runs under its
// policy and hydrates like any page.
import { expect, test, type Browser } from "@playwright/test";
import { storageStatePath } from "./support/server";

const demoDossier = "/dossiers/cooperation-militaire-maroc-etats-unis-france-2020-2024";

async function readTwice(browser: Browser, role: "reader" | "analyst") {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  expect((await page.goto(demoDossier))?.status()).toBe(200);
  const again = await page.goto(demoDossier);
  expect(again?.headers()["x-reading-page-cache"]).toBe("hit");
  await expect(page.getByTestId("published-dossier").getByRole("heading", { level: 1 })).toBeVisible();
  // React took over the page sent from memory: its elements carry their fibers once hydrated.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("[data-testid=published-dossier]") ?? {}).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  expect(refused).toEqual([]);
  return { context, page };
}

test("a reading page comes from memory after its first reading, to its own reader only, and still runs", async ({ browser }) => {
  const reader = await readTwice(browser, "reader");
  await expect(reader.page.getByTestId("current-user")).toContainText("Lecteur");
  const analyst = await readTwice(browser, "analyst");
  await expect(analyst.page.getByTestId("current-user")).toContainText("Analyste");
  // A client-side navigation still works from the page sent from memory.
  await analyst.page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Dossiers publiés" }).click();
  await expect(analyst.page).toHaveURL(/\/dossiers$/);
  await reader.context.close();
  await analyst.context.close();
});

test("an anonymous visitor gets no reading page from memory: the sign-in page", async ({ page }) => {
  const response = await page.goto(demoDossier);
  expect(response?.headers()["x-reading-page-cache"]).toBeUndefined();
  await expect(page).toHaveURL(/\/sign-in/);
});
