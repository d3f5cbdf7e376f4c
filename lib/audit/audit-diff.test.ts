// The audit page's field-by-field view of an entry's before and after.
import { describe, expect, it } from "vitest";
import { fieldChanges } from "@/lib/audit/audit-diff";

describe("fieldChanges", () => {
  it("marks the fields that changed and keeps the unchanged ones for context", () => {
    expect(fieldChanges({ name: "Ana", role: "EDITOR", disabled: false }, { name: "Ana", role: "READER", disabled: false })).toEqual([
      { field: "name", before: "Ana", after: "Ana", changed: false },
      { field: "role", before: "EDITOR", after: "READER", changed: true },
      { field: "disabled", before: "false", after: "false", changed: false },
    ]);
  });

  it("shows a field present on one side only as added or removed", () => {
    expect(fieldChanges(null, { email: "a@b.c" })).toEqual([{ field: "email", before: null, after: "a@b.c", changed: true }]);
    expect(fieldChanges({ itemId: "x", kind: "QUOTE" }, undefined)).toEqual([
      { field: "itemId", before: "x", after: null, changed: true },
      { field: "kind", before: "QUOTE", after: null, changed: true },
    ]);
  });

  it("writes nested values as compact JSON and compares them by content", () => {
    expect(fieldChanges({ tags: ["a", "b"], at: { y: 1 } }, { tags: ["a", "b"], at: { y: 2 } })).toEqual([
      { field: "tags", before: '["a","b"]', after: '["a","b"]', changed: false },
      { field: "at", before: '{"y":1}', after: '{"y":2}', changed: true },
    ]);
  });

  it("treats a bare value or a list as one unnamed field, and nothing as no rows", () => {
    expect(fieldChanges(["a"], ["a", "b"])).toEqual([{ field: "", before: '["a"]', after: '["a","b"]', changed: true }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
