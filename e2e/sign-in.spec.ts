// Sign-in failures all get the same generic message.
import { expect, test } from "@playwright/test";

for (const [label, email] of [
  ["a wrong password", "editor@demo.local"],
  ["an unknown account", "nobody-here@demo.local"],
] as const) {
  test(`${label} gets the generic error`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill("not-the-password");
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test.describe("before the page is interactive", () => {
  test.use({ javaScriptEnabled: false });

  test("the form cannot send the password in the URL", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/sign-in");
    await expect(page.locator("form")).toHaveAttribute("method", "post");
    await expect(page.locator("form button[type=submit]")).toBeDisabled();
    await page.locator("#email").fill("editor@demo.local");
    await page.locator("#password").fill("demo-password");
    await page.locator("#password").press("Enter");
    await page.waitForLoadState("load");
    expect(requested.filter((url) => url.includes("demo-password"))).toEqual([]);
  });
});
