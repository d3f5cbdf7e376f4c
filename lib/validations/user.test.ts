// Account creation and update input: each field's problem is named in plain words, on that field.
import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema } from "@/lib/validations/user";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

const valid = { email: "New.Analyst@Demo.local", name: "  Nadia Nouvelle ", role: "ANALYST", password: "a long enough password" };

describe("createUserSchema", () => {
  it("accepts a complete account and normalises email and name", () => {
    expect(createUserSchema.parse(valid)).toEqual({ ...valid, email: "new.analyst@demo.local", name: "Nadia Nouvelle" });
  });

  it.each([
    ["email", { email: "not-an-email" }, "Enter a valid email address."],
    ["name", { name: "   " }, "Enter a name."],
    ["name", { name: "n".repeat(121) }, "A name has at most 120 characters."],
    ["role", { role: "SUPERUSER" }, "Choose one of ADMIN, EDITOR, ANALYST, READER."],
    ["password", { password: "too short" }, "A password has at least 12 characters."],
    ["password", { password: "p".repeat(257) }, "A password has at most 256 characters."],
  ])("names the problem with %s: %o", (field, change, message) => {
    expect(messages(createUserSchema.safeParse({ ...valid, ...change }))).toEqual([[field, message]]);
  });

  it("accepts a password of exactly 12 characters", () => {
    expect(createUserSchema.safeParse({ ...valid, password: "tw3lve chars" }).success).toBe(true);
  });

  it("refuses a common password, or one made of the account's name or email", () => {
    expect(messages(createUserSchema.safeParse({ ...valid, password: "123456789012" }))?.[0]?.[0]).toBe("password");
    expect(messages(createUserSchema.safeParse({ ...valid, password: "nadia nouvelle 2026" }))).toEqual([
      ["password", "A password must not contain your name or email address."],
    ]);
  });
});

describe("updateUserSchema", () => {
  it("accepts a change of name, role or disabled state with the record version", () => {
    expect(updateUserSchema.parse({ version: 3, role: "READER" })).toEqual({ version: 3, role: "READER" });
    expect(updateUserSchema.parse({ version: 3, disabled: true })).toEqual({ version: 3, disabled: true });
  });

  it("refuses a change with nothing to change", () => {
    expect(messages(updateUserSchema.safeParse({ version: 3 }))).toEqual([["", "Nothing to change."]]);
  });

  it("requires a positive record version, for optimistic concurrency", () => {
    expect(messages(updateUserSchema.safeParse({ version: 0, name: "X" }))).toEqual([["version", "The record version is required."]]);
    expect(messages(updateUserSchema.safeParse({ name: "X" }))).toEqual([["version", "The record version is required."]]);
    expect(updateUserSchema.safeParse({ version: 1.5, name: "X" }).success).toBe(false);
  });

  it("names a bad role or an empty name", () => {
    expect(messages(updateUserSchema.safeParse({ version: 1, role: "ROOT" }))).toEqual([["role", "Choose one of ADMIN, EDITOR, ANALYST, READER."]]);
    expect(messages(updateUserSchema.safeParse({ version: 1, name: " " }))).toEqual([["name", "Enter a name."]]);
    expect(messages(updateUserSchema.safeParse({ version: 1, disabled: "yes" }))).toEqual([["disabled", "disabled is true or false."]]);
  });
});
