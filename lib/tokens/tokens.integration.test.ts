// Personal access tokens against the real database, through route handlers built by apiRoute: the secret is
// shown once and only its hash kept; revoked, expired, disabled or mistyped tokens are refused; scopes
// and the role both apply; every use is audited; "last used" is written at most once a minute.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { apiRoute } from "@/lib/api/handler";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { actorOf, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { createToken, listOwnTokens, listTokensOf, revokeToken } from "@/lib/tokens/manage-tokens";
import { hashTokenSecret } from "@/lib/tokens/token-secret";
import type { CreateTokenInput } from "@/lib/validations/token";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Handlers like app/api/v1's: a read, a state change (answering 404 as for an unknown record), a session-only one.
const listArticles = apiRoute({ permission: "article.read" }, async ({ user }) => ({ actingAs: user.id }));
const createEntity = apiRoute({ permission: "entity.edit" }, async () => {
  throw notFound("This entity type");
});
const listTokensRoute = apiRoute({ permission: "account.manage", sessionOnly: true }, ({ user }) => listOwnTokens(user));

async function call(handler: Handler, path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { "x-forwarded-for": "2001:db8::7", ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const request = new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const response = await handler(request, { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

async function tokenFor(role: Role, input: Partial<CreateTokenInput> = {}) {
  const user = actorOf(await createTestUser(role));
  const token = await createToken(user, { name: "script", scopes: ["read"], expiresInDays: 30, ...input });
  return { user, token };
}

const auditOf = (tokenId: string) => db.auditLog.findMany({ where: { targetType: "api_token", targetId: tokenId }, orderBy: { id: "asc" } });

describe("creating and listing tokens", () => {
  it("returns the secret once, stores only its SHA-256, and audits the creation", async () => {
    const { user, token } = await tokenFor("ANALYST", { name: "nightly export", scopes: ["read", "write"], expiresInDays: 90 });

    expect(token.secret).toMatch(/^dcms_[A-Za-z0-9_-]{43}$/);
    expect(token.secret.startsWith(token.prefix)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(hashTokenSecret(token.secret));
    expect(JSON.stringify(stored)).not.toContain(token.secret.slice(token.prefix.length));
    expect(stored.scopes).toEqual(["read", "write"]);
    expect(Math.round((stored.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(90);

    const listed = await listOwnTokens(user);
    expect(listed).toEqual([expect.objectContaining({ id: token.id, name: "nightly export", prefix: token.prefix, lastUsedAt: null, revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(token.secret);
    expect(await auditOf(token.id)).toMatchObject([
      { action: "auth.token.create", actorId: user.id, after: { name: "nightly export", prefix: token.prefix, scopes: ["read", "write"] } },
    ]);
  });

  it("lets a token live until revoked when no expiry is chosen", async () => {
    const { token } = await tokenFor("READER", { expiresInDays: null });
    expect(token.expiresAt).toBeNull();
  });

  it("lists only one's own tokens; an admin may list anyone's, others may not", async () => {
    const { user: owner, token } = await tokenFor("EDITOR");
    const other = actorOf(await createTestUser("EDITOR"));
    expect(await listOwnTokens(other)).toEqual([]);
    const admin = actorOf(await createTestUser("ADMIN"));
    const listed = await listTokensOf(admin, owner.id);
    expect(listed.owner).toEqual({ id: owner.id, name: owner.name, email: owner.email });
    expect(listed.tokens.map((row) => row.id)).toEqual([token.id]);
    await expectAppError(listTokensOf(admin, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    await expectAppError(listTokensOf(other, owner.id), "FORBIDDEN");
  });
});

describe("revoking", () => {
  it("refuses the token at its next request, and audits the revocation once", async () => {
    const { user, token } = await tokenFor("EDITOR");
    expect((await call(listArticles, "/api/v1/articles", { token: token.secret })).status).toBe(200);

    await revokeToken(user, token.id);
    await revokeToken(user, token.id);

    const refused = await call(listArticles, "/api/v1/articles", { token: token.secret });
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toMatch(/revoked/);
    const audit = await auditOf(token.id);
    expect(audit.filter((entry) => entry.action === "auth.token.revoke")).toMatchObject([{ actorId: user.id, before: { revokedAt: null } }]);
    expect(audit.at(-1)).toMatchObject({ action: "auth.token.refused", metadata: { method: "GET", path: "/api/v1/articles" } });
  });

  it("hides another person's token from a non-admin, and lets an admin revoke it", async () => {
    const { token } = await tokenFor("ANALYST");
    await expectAppError(revokeToken(actorOf(await createTestUser("ANALYST")), token.id), "NOT_FOUND");
    const admin = actorOf(await createTestUser("ADMIN"));
    expect((await revokeToken(admin, token.id)).revokedAt).not.toBeNull();
    expect((await auditOf(token.id)).at(-1)).toMatchObject({ action: "auth.token.revoke", actorId: admin.id });
  });
});

describe("bearer authentication", () => {
  it("acts as the token's owner and records every use with method, path and address", async () => {
    const { user, token } = await tokenFor("EDITOR");
    const response = await call(listArticles, "/api/v1/articles?q=maroc", { token: token.secret });
    expect(response).toMatchObject({ status: 200, body: { actingAs: user.id } });
    expect((await auditOf(token.id)).at(-1)).toMatchObject({
      action: "auth.token.use",
      actorId: user.id,
      ip: "2001:db8::7",
      metadata: { method: "GET", path: "/api/v1/articles" },
    });
  });

  it("refuses a state change to a read-only token with 403 and says which scope is missing", async () => {
    const { token } = await tokenFor("EDITOR", { scopes: ["read"] });
    const response = await call(createEntity, "/api/v1/entities", { method: "POST", token: token.secret, body: { name: "Rabat", typeKey: "PLACE" } });
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toMatch(/lacks the write scope/);
    expect((await auditOf(token.id)).at(-1)).toMatchObject({ action: "auth.token.refused", metadata: { method: "POST" } });
  });

  it("refuses a read to a write-only token: write does not imply read", async () => {
    const { token } = await tokenFor("EDITOR", { scopes: ["write"] });
    const response = await call(listArticles, "/api/v1/articles", { token: token.secret });
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toMatch(/lacks the read scope/);
  });

  it("never exceeds the owner's role, and follows a role change at once", async () => {
    const { user, token } = await tokenFor("READER", { scopes: ["read", "write"] });
    expect((await call(listArticles, "/api/v1/articles", { token: token.secret })).status).toBe(403);
    await db.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect((await call(listArticles, "/api/v1/articles", { token: token.secret })).status).toBe(200);
  });

  it("refuses an expired token, a disabled owner's, an unknown and a malformed one with 401", async () => {
    const { token: expired } = await tokenFor("EDITOR");
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expiredCall = await call(listArticles, "/api/v1/articles", { token: expired.secret });
    expect(expiredCall).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect(expiredCall.body.error?.message).toMatch(/expired on \d{4}-\d\d-\d\d/);

    const { user, token } = await tokenFor("EDITOR");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await call(listArticles, "/api/v1/articles", { token: token.secret })).body.error?.message).toMatch(/disabled or deleted/);

    const unknown = await call(listArticles, "/api/v1/articles", { token: `dcms_${"A".repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error?.message).toMatch(/not valid/);
    const malformed = await call(listArticles, "/api/v1/articles", { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expect(malformed.status).toBe(401);
    expect(malformed.body.error?.message).toMatch(/Bearer dcms_/);
  });

  it("uses the token and ignores cookies sent with it; a cross-site Origin does not matter to a token", async () => {
    const { token } = await tokenFor("EDITOR", { scopes: ["read", "write"] });
    const headers = { cookie: "next-auth.session-token=anything", origin: "https://elsewhere.example" };
    const created = await call(createEntity, "/api/v1/entities", { method: "POST", token: token.secret, body: { name: "Oujda", typeKey: "nope" }, headers });
    expect(created.status).toBe(404);
    const badToken = await call(listArticles, "/api/v1/articles", { token: `dcms_${"B".repeat(43)}`, headers });
    expect(badToken.status).toBe(401);
  });

  it("cannot manage tokens: that takes a signed-in browser session", async () => {
    const { token } = await tokenFor("ADMIN", { scopes: ["read", "write"] });
    const response = await call(listTokensRoute, "/api/v1/account/tokens", { token: token.secret });
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toMatch(/sign in/);
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { token } = await tokenFor("EDITOR");
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    await call(listArticles, "/api/v1/articles", { token: token.secret });
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await call(listArticles, "/api/v1/articles", { token: token.secret });
    expect(await lastUsed()).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: twoMinutesAgo } });
    await call(listArticles, "/api/v1/articles", { token: token.secret });
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
    expect((await auditOf(token.id)).filter((entry) => entry.action === "auth.token.use")).toHaveLength(3);
  });
});
