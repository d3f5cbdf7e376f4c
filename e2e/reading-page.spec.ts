// A published reading page is rendered once per reader and then sent from memory by the production
// server (lib/dossiers/reading-page-cache.ts): the copy a person gets is their own, with a fresh
// script nonce, runs under its policy and hydrates like any page.
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
  const first = await page.goto(demoDossier);
  expect(first?.status()).toBe(200);
  // Then as people reach it: from the list of published dossiers, which links to it as a document.
  await page.goto("/dossiers");
  const [again] = await Promise.all([
    page.waitForResponse((response) => response.request().isNavigationRequest() && response.url().endsWith(demoDossier)),
    page.getByTestId("published-dossiers").getByRole("link", { name: /Coopération militaire/ }).click(),
  ]);
  expect(again.headers()["x-reading-page-cache"]).toBe("hit");
  // Each response has its own script nonce, in its policy and on its scripts.
  const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const nonce = nonceOf(again.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe(nonceOf(first?.headers()["content-security-policy"]));
  const scripts = [...(await again.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
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
