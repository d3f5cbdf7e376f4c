// Password rules: length, guessable passwords (listed, dressed-up, repeated, keyboard runs), and the
// owner's own name or email.
import { describe, expect, it } from "vitest";
import { passwordProblem, passwordSchema } from "@/lib/validations/password";

const owner = { email: "nadia.nouvelle@demo.local", name: "Nadia Nouvelle" };

describe("passwordProblem", () => {
  it("accepts a long passphrase of its own", () => {
    expect(passwordProblem("a long enough password", owner)).toBeNull();
    expect(passwordProblem("correct horse battery staple", owner)).toBeNull();
    expect(passwordProblem("Quatre chats gris dansent", owner)).toBeNull();
  });

  it("counts characters: 12 to 256", () => {
    expect(passwordProblem("x7!kQ2#mZ9p")).toBe("tooShort");
    expect(passwordProblem("x7!kQ2#mZ9pL")).toBeNull();
    expect(passwordProblem("x7!kQ2#mZ9pL".repeat(21) + "abcd")).toBeNull();
    expect(passwordProblem("x7!kQ2#mZ9pL".repeat(21) + "abcde")).toBe("tooLong");
  });

  it.each([
    ["a listed password", "passwordpassword"],
    ["a listed one with digits and symbols around it", "Password2024!"],
    ["a listed one in look-alike characters", "P@ssw0rd123456"],
    ["a French one", "Motdepasse2025"],
    ["a listed one repeated", "azertyazertyazerty"],
    ["digits in a row", "123456789012"],
    ["the alphabet backwards", "zyxwvutsrqpo"],
    ["a keyboard row", "qwertyuiopasdf"],
    ["an AZERTY row", "azertyuiopqsd"],
    ["one character repeated", "aaaaaaaaaaaa"],
    ["a short pattern repeated", "abcabcabcabc"],
  ])("refuses %s: %s", (_label, password) => {
    expect(passwordProblem(password, owner)).toBe("common");
  });

  it("refuses a password containing the owner's name or email, accents and case aside", () => {
    expect(passwordProblem("nadia.nouvelle-2026", owner)).toBe("personal");
    expect(passwordProblem("Le vrai NOUVELLE ici", owner)).toBe("personal");
    expect(passwordProblem("hello Nädia friends", owner)).toBe("personal");
    expect(passwordProblem("nadianouvelle", owner)).toBe("personal");
  });

  it("ignores parts of a name too short to matter", () => {
    expect(passwordProblem("Bo visits the harbour", { email: "bo@demo.local", name: "Bo Li" })).toBeNull();
  });
});

describe("passwordSchema", () => {
  it("names each problem in plain words", () => {
    expect(passwordSchema.safeParse("short").error?.issues[0]?.message).toBe("A password has at least 12 characters.");
    expect(passwordSchema.safeParse("Password2024!").error?.issues[0]?.message).toMatch(/too common/);
    expect(passwordSchema.safeParse("a long enough password").success).toBe(true);
  });
});
