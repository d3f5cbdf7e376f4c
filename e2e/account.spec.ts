// A person's own account: changing the password keeps this browser signed in and signs out the
// others; "sign out everywhere" and an admin's revocation end every session at its next request;
// repeated wrong passwords make the account wait, and the sign-in page says how long.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInThroughForm } from "./support/sign-in";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("admin") });

const PASSWORD = "a long enough password";

/** A fresh reader, created by the admin through the API, so no demo account is touched. */
async function createReader(page: Page, label: string) {
  const email = `${label}-${Date.now()}@demo.local`;
  const created = await page.request.post("/api/v1/users", { data: { email, name: `Lecteur ${label}`, role: "READER", password: PASSWORD } });
  expect(created.status()).toBe(201);
  return email;
}

async function signedInBrowser(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInThroughForm(page, email, password);
  return { context, page };
}

test("a reader changes their password: this browser stays signed in, the other one is signed out", async ({ page, browser }) => {
  const email = await createReader(page, "renewal");
  const here = await signedInBrowser(browser, email);
  const elsewhere = await signedInBrowser(browser, email);

  await here.page.getByTestId("current-user").click();
  await expect(here.page).toHaveURL(/\/account$/);
  await expect(here.page.getByTestId("account-profile")).toContainText(email);

  // The rules are named in the interface language before anything is sent.
  await here.page.locator("#current-password").fill(PASSWORD);
  await here.page.locator("#new-password").fill("motdepasse2024");
  await here.page.locator("#confirm-password").fill("motdepasse2024");
  await here.page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(here.page.locator("#new-password-error")).toHaveText(/trop courant/);

  // A wrong current password is refused.
  await here.page.locator("#current-password").fill("not the password");
  await here.page.locator("#new-password").fill("sept chats gris sur le toit");
  await here.page.locator("#confirm-password").fill("sept chats gris sur le toit");
  await here.page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(here.page.locator("#current-password-error")).toHaveText("Le mot de passe actuel est incorrect.");

  await here.page.locator("#current-password").fill(PASSWORD);
  await here.page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(here.page.getByRole("status")).toHaveText("Mot de passe changé. Vos autres sessions sont déconnectées.");

  // This browser is still signed in; the other one is sent to sign in at its next navigation.
  await here.page.goto("/dossiers");
  await expect(here.page).toHaveURL(/\/dossiers$/);
  await elsewhere.page.goto("/dossiers");
  await expect(elsewhere.page).toHaveURL(/\/sign-in/);
  // The new password works, the old one no longer does.
  await signInThroughForm(elsewhere.page, email, "sept chats gris sur le toit");
  await here.context.close();
  await elsewhere.context.close();
});

test("'sign out everywhere' ends this session and the others at their next request", async ({ page, browser }) => {
  const email = await createReader(page, "everywhere");
  const here = await signedInBrowser(browser, email);
  const elsewhere = await signedInBrowser(browser, email);

  await here.page.goto("/account");
  here.page.once("dialog", (dialog) => dialog.accept());
  await here.page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(here.page).toHaveURL(/\/sign-in/);

  await elsewhere.page.goto("/dossiers");
  await expect(elsewhere.page).toHaveURL(/\/sign-in/);
  expect((await elsewhere.page.request.get("/api/v1/account")).status()).toBe(401);
  await here.context.close();
  await elsewhere.context.close();
});

test("an admin signs out every session of a user from the user list", async ({ page, browser }) => {
  const email = await createReader(page, "revoked");
  const user = await signedInBrowser(browser, email);

  await page.goto("/admin/users");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId(`user-row-${email}`).getByRole("button", { name: "Déconnecter ses sessions" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Sessions de Lecteur revoked déconnectées");

  await user.page.goto("/dossiers");
  await expect(user.page).toHaveURL(/\/sign-in/);
  await user.context.close();
});

test("after five wrong passwords the sign-in page says how long to wait", async ({ page, browser }) => {
  const email = await createReader(page, "backoff");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await context.newPage();
  await visitor.goto("/sign-in");
  const alert = visitor.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await visitor.locator("#email").fill(email);
    await visitor.locator("#password").fill(`wrong guess ${attempt}`);
    // The message is the same after each failure: wait for each answer before the next attempt.
    await Promise.all([visitor.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")), visitor.locator("form button[type=submit]").click()]);
    await expect(alert).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  }
  await visitor.locator("#password").fill(PASSWORD);
  await visitor.locator("form button[type=submit]").click();
  await expect(alert).toHaveText("Trop de tentatives. Réessayez dans 1 minute(s).");
  await context.close();
});
