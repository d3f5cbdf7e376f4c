// User administration: list, create, change role or name, disable/enable, revoke sessions. Admins only; every change
// is version-checked and audited.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessionsOf } from "@/lib/auth/revoke-sessions";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateUserInput, UpdateUserInput } from "@/lib/validations/user";

const userFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  version: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type UserSummary = Prisma.UserGetPayload<{ select: typeof userFields }>;

export async function listUsers(actor: CurrentUser): Promise<UserSummary[]> {
  assertCan(actor, "user.manage");
  return db.user.findMany({ where: { deletedAt: null }, select: userFields, orderBy: [{ role: "asc" }, { email: "asc" }] });
}

export async function createUser(actor: CurrentUser, input: CreateUserInput): Promise<UserSummary> {
  assertCan(actor, "user.manage");
  return insertUser(input, actor.id);
}

/** For the operator at the server's shell (`npm run user:create`), e.g. the first admin of a new install. */
export function createUserFromCommandLine(input: CreateUserInput): Promise<UserSummary> {
  return insertUser(input, null);
}

async function insertUser(input: CreateUserInput, actorId: string | null): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: userFields });
      await recordAudit(
        { actorId, action: "user.create", targetType: "user", targetId: user.id, after: { email: user.email, role: user.role }, metadata: { via: actorId ? "app" : "command line" } },
        tx,
      );
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalid("An account with this email already exists.", { email: ["An account with this email already exists."] });
    }
    throw error;
  }
}

export async function updateUser(actor: CurrentUser, id: string, input: UpdateUserInput): Promise<UserSummary> {
  assertCan(actor, "user.manage");
  const before = await db.user.findFirst({ where: { id, deletedAt: null }, select: userFields });
  if (!before) throw notFound("This user");
  if (id === actor.id && ((input.role && input.role !== "ADMIN") || input.disabled)) {
    throw invalid("You cannot remove your own admin rights or disable your own account.");
  }

  const roleChanged = input.role !== undefined && input.role !== before.role;
  const disabledChanged = input.disabled !== undefined && input.disabled !== (before.disabledAt !== null);
  const data: Prisma.UserUpdateManyMutationInput = {
    version: { increment: 1 },
    ...(input.name !== undefined && { name: input.name }),
    ...(input.role !== undefined && { role: input.role }),
    ...(input.disabled !== undefined && { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null }),
    // The role is re-read on every request, so it applies at once without signing anyone out. Disabling
    // revokes existing sessions for good: re-enabling the account does not bring them back.
    ...(disabledChanged && input.disabled && { sessionVersion: { increment: 1 } }),
  };

  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id, version: input.version, deletedAt: null }, data });
    if (count === 0) throw conflict();
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: userFields });
    const action = roleChanged ? "user.role_change" : disabledChanged ? (input.disabled ? "user.disable" : "user.enable") : "user.update";
    await recordAudit(
      {
        actorId: actor.id,
        action,
        targetType: "user",
        targetId: id,
        before: { name: before.name, role: before.role, disabled: before.disabledAt !== null },
        after: { name: after.name, role: after.role, disabled: after.disabledAt !== null },
      },
      tx,
    );
    return after;
  });
}

/** Signs out every session of the user at its next request (a lost laptop, a shared computer). */
export async function revokeUserSessions(actor: CurrentUser, id: string, ip: string | null = null): Promise<void> {
  assertCan(actor, "user.manage");
  await revokeSessionsOf(id, { actorId: actor.id, scope: "admin", ip });
}
