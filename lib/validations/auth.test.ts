// The sign-in schema: emails are normalised before any lookup, and bad input gets a sentence a person understands.
import { describe, expect, it } from "vitest";
import { emailSchema, signInSchema } from "@/lib/validations/auth";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("emailSchema", () => {
  it("trims and lower-cases, so one account has one spelling", () => {
    expect(emailSchema.parse("  Amina.Admin@Demo.LOCAL ")).toBe("amina.admin@demo.local");
  });

  it("refuses what is not an email address, with a clear message", () => {
    for (const bad of ["", "amina", "amina@", "@demo.local", "amina admin@demo.local"]) {
      expect(messages(emailSchema.safeParse(bad)), bad).toEqual([["", "Enter a valid email address."]]);
    }
  });

  it("refuses an address longer than 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.org`;
    expect(long.length).toBeGreaterThan(254);
    expect(messages(emailSchema.safeParse(long))).toContainEqual(["", "An email address has at most 254 characters."]);
  });
});

describe("signInSchema", () => {
  it("accepts an email and a password", () => {
    expect(signInSchema.parse({ email: "Reader@Demo.local", password: "demo-password" })).toEqual({ email: "reader@demo.local", password: "demo-password" });
  });

  it("asks for the password when it is empty", () => {
    expect(messages(signInSchema.safeParse({ email: "reader@demo.local", password: "" }))).toEqual([["password", "Enter your password."]]);
  });

  it("refuses an absurdly long password before it reaches the hash function", () => {
    expect(signInSchema.safeParse({ email: "reader@demo.local", password: "x".repeat(1025) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "reader@demo.local", password: "x".repeat(1024) }).success).toBe(true);
  });
});
