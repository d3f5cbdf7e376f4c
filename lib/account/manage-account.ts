// The signed-in user's own account: what it is, changing its password, signing out its sessions
// everywhere. Every change is audited; a new session version signs out the other sessions at their
// next request (lib/auth/session.ts).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, consumeAttempt } from "@/lib/auth/rate-limit";
import { revokeSessionsOf } from "@/lib/auth/revoke-sessions";
import { signInLimits } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { invalid, rateLimited, unauthenticated } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validations/account";
import { passwordMessages, passwordProblem } from "@/lib/validations/password";

export type Account = CurrentUser & { hasPassword: boolean; lastSignInAt: Date | null; createdAt: Date };

export async function getAccount(actor: CurrentUser): Promise<Account> {
  assertCan(actor, "account.manage");
  const user = await db.user.findFirst({ where: { id: actor.id, deletedAt: null }, omit: { passwordHash: false } });
  if (!user) throw unauthenticated();
  const { id, email, name, role, locale, passwordHash, lastSignInAt, createdAt } = user;
  return { id, email, name, role, locale, hasPassword: passwordHash !== null, lastSignInAt, createdAt };
}

/**
 * Replaces the password after checking the current one. Every session is signed out at its next
 * request; the account page then signs this browser in again with the new password.
 */
export async function changePassword(actor: CurrentUser, input: ChangePasswordInput, ip: string | null = null): Promise<void> {
  assertCan(actor, "account.manage");
  const user = await db.user.findFirst({ where: { id: actor.id, deletedAt: null }, omit: { passwordHash: false } });
  if (!user) throw unauthenticated();
  if (!user.passwordHash) throw invalid("This account signs in through single sign-on and has no password here.");
  // The current password is guessed no faster here than at sign-in (a stolen session must not help).
  const attempts = `password-change:${actor.id}`;
  const waitMs = await consumeAttempt(attempts, signInLimits.perAccount);
  if (waitMs > 0) throw rateLimited(`Too many failed attempts. Try again in ${Math.ceil(waitMs / 60_000)} minute(s).`, waitMs);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit({ actorId: actor.id, action: "account.password_change.failure", targetType: "user", targetId: actor.id, ip });
    throw invalid("The current password is not correct.", { currentPassword: ["The current password is not correct."] });
  }
  await clearRateLimit(attempts);
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw invalid(passwordMessages[problem], { newPassword: [passwordMessages[problem]] });
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw invalid("Choose a password different from the current one.", { newPassword: ["Choose a password different from the current one."] });
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "account.password_change",
        targetType: "user",
        targetId: actor.id,
        // The hashes are never written to the log: only the fact and the session generation.
        before: { password: "(previous)", sessionVersion: user.sessionVersion },
        after: { password: "(changed)", sessionVersion: after.sessionVersion },
        ip,
      },
      tx,
    );
  });
}

/** Signs out every session of the acting user, this one included, at their next request. */
export async function signOutEverywhere(actor: CurrentUser, ip: string | null = null): Promise<void> {
  assertCan(actor, "account.manage");
  await revokeSessionsOf(actor.id, { actorId: actor.id, scope: "self", ip });
}
