// End-to-end tests in the system Chromium against the production build, on a throwaway embedded
// PostgreSQL (DATA_DIR=.data/e2e, wiped at each run) loaded with the demo data.
import { defineConfig } from "@playwright/test";
import { baseURL, e2ePort, oidcClient, oidcIssuerURL } from "./support/server";

export default defineConfig({
  testDir: ".",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Root in a container on a closed network: no sandbox, no background connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testMatch: /\.spec\.ts/, testIgnore: /(entities|suggestions)\.spec\.ts/, dependencies: ["setup"] },
    // Both merge the register's Nacer/Nasser Bourita pair (and undo it): one after the other.
    { name: "register", testMatch: /entities\.spec\.ts/, dependencies: ["setup"] },
    { name: "suggestions", testMatch: /suggestions\.spec\.ts/, dependencies: ["register"] },
  ],
  webServer: [
    {
      // The single sign-on provider the app is configured with (OIDC_* below).
      command: "npx tsx e2e/support/oidc-issuer.ts",
      cwd: "..",
      url: `${oidcIssuerURL}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "rm -rf .data/e2e && npx tsx --conditions=react-server lib/cli/serve.ts start",
      cwd: "..",
      url: `${baseURL}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATA_DIR: ".data/e2e",
        PORT: String(e2ePort),
        SEED_DEMO: "1",
        AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        APP_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        OIDC_ISSUER: oidcIssuerURL,
        OIDC_CLIENT_ID: oidcClient.id,
        OIDC_CLIENT_SECRET: oidcClient.secret,
        OIDC_NAME: oidcClient.name,
      },
    },
  ],
});
