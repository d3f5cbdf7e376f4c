// For admins, on an object's page: its history in the audit log (every change, who and when).
import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getTranslations } from "@/lib/i18n/get-locale";

export async function AuditTrailLink({ user, targetType, targetId }: { user: CurrentUser; targetType: "article" | "entity" | "dossier"; targetId: string }) {
  if (!can(user.role, "audit.read")) return null;
  const { t } = await getTranslations();
  return (
    <p className="mb-2 text-right text-sm print:hidden">
      <Link href={`/admin/audit?${new URLSearchParams({ targetType, targetId })}`} className="text-indigo-700 hover:underline">
        {t.audit.history}
      </Link>
    </p>
  );
}
