// Test data for integration tests: every test creates its own users and articles (unique emails,
// random content) so tests never depend on each other or on the order they run in.
import { createHash, randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";

// Argon2 is deliberately slow: hash the shared test password once per file.
let testPasswordHash: Promise<string> | undefined;

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.local`;
}

/** An address of the documentation range, different for each call, so per-IP limits never collide. */
export function uniqueIp(): string {
  return `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
}

export type TestUser = CurrentUser & { version: number; sessionVersion: number };

export async function createTestUser(role: Role, label = role.toLowerCase()): Promise<TestUser> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: { email: uniqueEmail(label), name: `Test ${label}`, role, passwordHash: await testPasswordHash },
    select: { id: true, email: true, name: true, role: true, locale: true, version: true, sessionVersion: true },
  });
}

/** The acting user as the data layer receives it: exactly the CurrentUser fields, nothing more. */
export function actorOf({ id, email, name, role, locale }: CurrentUser): CurrentUser {
  return { id, email, name, role, locale };
}

/** An article whose current revision is the last of `texts` (one revision per text). */
export async function createTestArticle(title: string, texts: string[]): Promise<{ id: string; revisionIds: string[] }> {
  const article = await db.article.create({
    data: { title, language: "fr", contentHash: createHash("sha256").update(randomUUID()).digest("hex") },
  });
  const revisionIds: string[] = [];
  for (const [index, text] of texts.entries()) {
    const revision = await db.articleRevision.create({
      data: { articleId: article.id, number: index + 1, kind: index === 0 ? "RAW" : "EDITED", text, parentRevisionId: revisionIds.at(-1) ?? null },
    });
    revisionIds.push(revision.id);
  }
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revisionIds.at(-1) ?? null } });
  return { id: article.id, revisionIds };
}

/** Awaits `promise`, expects it to reject with an AppError of `code`, and returns that error. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
