// The audit browser's data: admins only, each filter, newest first, keyset pages, targets named.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { listAudit } from "@/lib/audit/list-audit";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { auditQuerySchema } from "@/lib/validations/audit";

const query = (params: Record<string, string> = {}) => auditQuerySchema.parse(params);

/** Three entries by a fresh user on a fresh article, in a family of actions of their own. */
async function scenario() {
  const admin = actorOf(await createTestUser("ADMIN"));
  const editor = await createTestUser("EDITOR");
  const family = `t${randomUUID().slice(0, 8)}`;
  const article = await createTestArticle("Audited article", ["text"]);
  await recordAudit({ actorId: editor.id, action: `${family}.create`, targetType: "article", targetId: article.id, after: { title: "A" } });
  await recordAudit({ actorId: editor.id, action: `${family}.update`, targetType: "article", targetId: article.id, before: { title: "A" }, after: { title: "B" } });
  await recordAudit({ actorId: admin.id, action: `${family}.other.thing`, ip: "203.0.113.7", metadata: { note: "x" } });
  return { admin, editor, family, article };
}

describe("listAudit", () => {
  it("is refused to everyone but admins", async () => {
    for (const role of ["EDITOR", "ANALYST", "READER"] as const) {
      await expectAppError(listAudit(actorOf(await createTestUser(role)), query()), "FORBIDDEN");
    }
  });

  it("filters by action prefix or exact action, newest first, with actor, target and before/after", async () => {
    const { admin, editor, family, article } = await scenario();
    const all = await listAudit(admin, query({ action: `${family}.` }));
    expect(all.entries.map((entry) => entry.action)).toEqual([`${family}.other.thing`, `${family}.update`, `${family}.create`]);
    expect(all.nextCursor).toBeNull();
    expect(all.entries[1]).toMatchObject({
      actor: { id: editor.id, email: editor.email, name: editor.name },
      target: { type: "article", id: article.id, label: "Audited article", href: `/articles/${article.id}` },
      before: { title: "A" },
      after: { title: "B" },
    });
    expect(all.entries[0]).toMatchObject({ ip: "203.0.113.7", metadata: { note: "x" }, target: null });

    expect((await listAudit(admin, query({ action: `${family}.*` }))).entries).toHaveLength(3);
    expect((await listAudit(admin, query({ action: `${family}.update` }))).entries.map((entry) => entry.action)).toEqual([`${family}.update`]);
    // Without a final dot or star the action is exact: the family name alone matches nothing.
    expect((await listAudit(admin, query({ action: family }))).entries).toEqual([]);
  });

  it("filters by actor id or email, by target, and by day", async () => {
    const { admin, editor, family, article } = await scenario();
    const actions = async (params: Record<string, string>) => (await listAudit(admin, query({ action: `${family}.`, ...params }))).entries.map((entry) => entry.action);
    expect(await actions({ actor: editor.id })).toEqual([`${family}.update`, `${family}.create`]);
    expect(await actions({ actor: editor.email.toUpperCase() })).toEqual([`${family}.update`, `${family}.create`]);
    expect(await actions({ actor: admin.email })).toEqual([`${family}.other.thing`]);
    expect(await actions({ targetType: "article", targetId: article.id })).toEqual([`${family}.update`, `${family}.create`]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await actions({ from: today, to: today })).toHaveLength(3);
    expect(await actions({ to: "2020-01-01" })).toEqual([]);
    expect(await actions({ from: "2999-01-01" })).toEqual([]);
  });

  it("pages newest first by keyset, saying whether older entries follow", async () => {
    const { admin, family } = await scenario();
    const first = await listAudit(admin, query({ action: `${family}.`, limit: "2" }));
    expect(first.entries.map((entry) => entry.action)).toEqual([`${family}.other.thing`, `${family}.update`]);
    expect(first.nextCursor).toBe(first.entries[1]?.id);
    const second = await listAudit(admin, query({ action: `${family}.`, limit: "2", before: first.nextCursor! }));
    expect(second.entries.map((entry) => entry.action)).toEqual([`${family}.create`]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("auditQuerySchema", () => {
  it("names bad filters", () => {
    const problems = (params: Record<string, string>) => auditQuerySchema.safeParse(params).error?.issues.map((issue) => issue.message);
    expect(problems({ actor: "someone" })).toEqual(["actor is a user id or an email address."]);
    expect(problems({ action: "auth.%" })).toEqual(["action is made of a-z, 0-9, _ and dots, with an optional final *."]);
    expect(problems({ from: "2026-02-30" })).toEqual(["from is a day written 2026-11-25."]);
    expect(problems({ from: "2026-02-03", to: "2026-02-01" })).toEqual(["from is after to."]);
    expect(problems({ before: "12; drop" })).toEqual(["before is the id of an audit entry."]);
    expect(problems({ limit: "500" })).toEqual(["limit is at most 200."]);
    expect(auditQuerySchema.parse({ actor: "", action: " ", from: "" })).toEqual({ limit: 50 });
  });
});
