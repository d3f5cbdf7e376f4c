"use client";
// User administration: the account table (role change, disable/enable) and the creation form.
import Link from "next/link";
import { useState } from "react";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { RoleOptions } from "@/components/admin/role-options";
import { useRevokeSessions, useUpdateUser, useUsers, type UserRow } from "@/components/admin/user-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { ApiError } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";

export function UsersAdmin({ initialUsers, currentUserId }: { initialUsers: UserRow[]; currentUserId: string }) {
  const { t } = useI18n();
  const { data: users } = useUsers(initialUsers);
  const update = useUpdateUser();
  const revoke = useRevokeSessions();
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string }>();

  const change = (user: UserRow, patch: { role?: UserRow["role"]; disabled?: boolean }) => {
    // Cleared first, so the notice always reports this change and never the previous one.
    setNotice(undefined);
    update.mutate(
      { id: user.id, version: user.version, ...patch },
      {
        onSuccess: () => setNotice({ tone: "ok", text: t.users.saved }),
        onError: (error) =>
          setNotice({ tone: "error", text: error instanceof ApiError && error.code === "CONFLICT" ? t.errors.conflict : error.message }),
      },
    );
  };

  const revokeSessions = (user: UserRow) => {
    if (!window.confirm(interpolate(t.users.revokeSessionsOf, { name: user.name }))) return;
    setNotice(undefined);
    revoke.mutate(user.id, {
      onSuccess: () => setNotice({ tone: "ok", text: interpolate(t.users.sessionsRevoked, { name: user.name }) }),
      onError: (error) => setNotice({ tone: "error", text: error.message }),
    });
  };

  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-semibold">{t.users.title}</h1>
      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${notice.tone === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
          {notice.text}
        </p>
      )}
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
        <TableHead columns={[t.users.name, t.users.email, t.users.role, t.users.lastSignIn, t.users.status]} />
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id} data-testid={`user-row-${user.email}`} className="border-t border-slate-100">
                <td className="px-4 py-3 font-medium">
                  {user.name} {self && <span className="text-xs text-slate-500">({t.users.you})</span>}
                  <Link
                    href={`/admin/users/${user.id}/tokens`}
                    aria-label={interpolate(t.tokens.adminTitle, { name: user.name })}
                    className="ml-2 text-xs font-normal text-indigo-700 hover:underline"
                  >
                    {t.tokens.adminLink}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">{user.email}</td>
                <td className="px-4 py-3">
                  <select
                    aria-label={interpolate(t.users.changeRoleOf, { name: user.name })}
                    value={user.role}
                    disabled={self}
                    onChange={(event) => change(user, { role: event.target.value as UserRow["role"] })}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1"
                  >
                    <RoleOptions />
                  </select>
                </td>
                <td className="px-4 py-3 text-slate-600">{user.lastSignInAt ? <LocalDateTime value={user.lastSignInAt} /> : t.users.never}</td>
                <td className="px-4 py-3">
                  <span className={user.disabledAt ? "text-red-700" : "text-emerald-700"}>{user.disabledAt ? t.users.disabled : t.users.active}</span>
                  {!self && (
                    <Button variant={user.disabledAt ? "secondary" : "danger"} className="ml-3" onClick={() => change(user, { disabled: !user.disabledAt })}>
                      {user.disabledAt ? t.users.enable : t.users.disable}
                    </Button>
                  )}
                  {!self && !user.disabledAt && (
                    <Button variant="secondary" className="ml-2" onClick={() => revokeSessions(user)}>
                      {t.users.revokeSessions}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CreateUserForm onCreated={() => setNotice({ tone: "ok", text: t.users.created })} />
    </section>
  );
}
