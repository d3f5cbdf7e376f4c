// Every endpoint × every role × anonymous: allowed or denied exactly as lib/auth/permissions.ts says.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { can } from "../lib/auth/permissions";
import { endpoints, serverActions } from "./support/access-matrix";
import { discoverRouteHandlers, discoverServerActionFiles } from "./support/discover-endpoints";
import { baseURL, demoRoles, storageStatePath, type DemoRole } from "./support/server";

const roleOf: Record<DemoRole, "ADMIN" | "EDITOR" | "ANALYST" | "READER"> = { admin: "ADMIN", editor: "EDITOR", analyst: "ANALYST", reader: "READER" };

test("the table lists every route handler and server action of app/, and nothing else", () => {
  const listed = endpoints.map(({ route, method }) => `${method} ${route}`).sort();
  const found = discoverRouteHandlers().map(({ route, method }) => `${method} ${route}`).sort();
  expect(found).toEqual([...new Set(listed)]);
  expect(discoverServerActionFiles().sort()).toEqual([...new Set(serverActions.map((action) => action.file))].sort());
});

for (const caller of [...demoRoles, "anonymous"] as const) {
  test(`access as ${caller}`, async () => {
    const context = await playwrightRequest.newContext({
      baseURL,
      storageState: caller === "anonymous" ? { cookies: [], origins: [] } : storageStatePath(caller),
    });
    for (const endpoint of endpoints) {
      const response = await context.fetch(endpoint.path, { method: endpoint.method, data: endpoint.body });
      const status = response.status();
      const label = `${endpoint.method} ${endpoint.path} as ${caller}: ${status}`;
      if (endpoint.access === "public") {
        expect(status, label).not.toBe(401);
        expect(status, label).not.toBe(403);
      } else if (caller === "anonymous") {
        expect(status, label).toBe(401);
      } else if (can(roleOf[caller], endpoint.access)) {
        expect([401, 403], label).not.toContain(status);
        expect(status, label).toBeLessThan(500);
      } else {
        expect(status, label).toBe(403);
      }
    }
    await context.dispose();
  });
}

test("a state change from another site is refused", async () => {
  const context = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("admin") });
  const response = await context.post("/api/v1/users", {
    data: { email: "csrf@demo.local", name: "CSRF", role: "ADMIN", password: "a long enough password" },
    headers: { origin: "https://attacker.example" },
  });
  expect(response.status()).toBe(403);
  await context.dispose();
});
