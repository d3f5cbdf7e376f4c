// The audit page's URL: filters read from the query, links that change one filter and restart from the newest entry.
import { describe, expect, it } from "vitest";
import { auditFiltersOf, auditHref } from "@/components/audit/audit-filters";

describe("audit filters", () => {
  it("keeps the known, non-blank filters (the first of a repeated one), trimmed", () => {
    expect(auditFiltersOf({ actor: " a@b.c ", action: ["auth.", "user."], targetId: "", before: "12", other: "x" })).toEqual({ actor: "a@b.c", action: "auth." });
  });

  it("builds links that add or replace a filter and drop the page cursor", () => {
    expect(auditHref({})).toBe("/admin/audit");
    expect(auditHref({ action: "auth." }, { actor: "a@b.c" })).toBe("/admin/audit?action=auth.&actor=a%40b.c");
    expect(auditHref({ action: "auth.", actor: "x@y.z" }, { actor: "a@b.c" })).toBe("/admin/audit?action=auth.&actor=a%40b.c");
    expect(auditHref({ action: "auth." }, { before: "41" })).toBe("/admin/audit?action=auth.&before=41");
  });
});
