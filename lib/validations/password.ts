// Password rules, shared by account creation (admin page, API, command line) and password change.
// Pure and client-safe: forms name the problem in the user's language before sending, the server
// refuses with the same verdict.
import { z } from "zod";
import commonPasswords from "@/lib/validations/common-passwords.json";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";
export type PasswordOwner = { email?: string; name?: string };

/** The server's (English) wording; forms show t.account.passwordProblems[problem] instead. */
export const passwordMessages: Record<PasswordProblem, string> = {
  tooShort: `A password has at least ${PASSWORD_MIN_LENGTH} characters.`,
  tooLong: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: "This password is too common or too easy to guess (a known password, a run of keys, a repeated pattern).",
  personal: "A password must not contain your name or email address.",
};

const common = new Set<string>(commonPasswords);
// Runs along the alphabet, the digits and the rows of QWERTY and AZERTY keyboards, either way.
const runs = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb"];
const leet: Record<string, string> = { "@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", $: "s", "5": "s", "7": "t" };

export function passwordProblem(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const folded = fold(password);
  if (isGuessable(folded)) return "common";
  if (isPersonal(folded, owner)) return "personal";
  return null;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function isGuessable(password: string): boolean {
  // A listed password dressed up with digits and symbols around it and letters swapped for look-alikes:
  // "P@ssw0rd2024!" is "password".
  const core = password.replace(/^[^a-z@$]+|[^a-z]+$/g, "");
  const plain = core.replace(/[@4310!$57]/g, (character) => leet[character] ?? character);
  const unit = /^(.+?)\1+$/.exec(plain)?.[1];
  if (common.has(password) || common.has(core) || common.has(plain) || (unit !== undefined && common.has(unit))) return true;
  // One short pattern repeated: "abcabcabcabc", "121212121212".
  if (/^(.{1,6})\1+$/.test(password)) return true;
  return runs.some((run) => isInside(password, run) || isInside(password, [...run].reverse().join("")));
}

function isInside(password: string, run: string): boolean {
  return run.repeat(Math.ceil(password.length / run.length) + 1).includes(password);
}

function isPersonal(password: string, { email, name }: PasswordOwner): boolean {
  const local = email ? fold(email.split("@")[0] ?? "") : "";
  const parts = [local, ...local.split(/[^a-z0-9]+/), ...(name ? fold(name).split(/[^\p{L}\p{N}]+/u) : [])];
  if (name) parts.push(fold(name).replace(/[^\p{L}\p{N}]+/gu, ""));
  return parts.some((part) => part.length >= 4 && password.includes(part));
}

/** Length and guessability; the owner's name and email are checked where they are known (refusePersonalPassword). */
export const passwordSchema = z
  .string({ message: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, passwordMessages.tooShort)
  .max(PASSWORD_MAX_LENGTH, passwordMessages.tooLong)
  .refine((password) => passwordProblem(password) !== "common", passwordMessages.common);

/** For object schemas holding a password and whose it is: refuses one that contains the name or email. */
export function refusePersonalPassword(value: { password: string; email: string; name: string }, context: z.RefinementCtx): void {
  if (passwordProblem(value.password, value) === "personal") {
    context.addIssue({ code: "custom", path: ["password"], message: passwordMessages.personal });
  }
}
