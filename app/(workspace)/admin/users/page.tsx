import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users-admin";
import { guardPage } from "@/lib/auth/guard-page";
import { listUsers } from "@/lib/users/manage-users";

export const metadata: Metadata = { title: "Utilisateurs / Users" };

export default async function UsersPage() {
  const user = await guardPage("user.manage");
  const users = await listUsers(user);
  // Serialised the way the API sends them, so the page and React Query share one shape.
  return <UsersAdmin initialUsers={JSON.parse(JSON.stringify(users))} currentUserId={user.id} />;
}
