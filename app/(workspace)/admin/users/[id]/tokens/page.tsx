import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TokenList } from "@/components/tokens/token-list";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { interpolate } from "@/lib/i18n/messages";
import { notFoundOnMissing } from "@/lib/page-errors";
import { listTokensOf } from "@/lib/tokens/manage-tokens";
import { idParams } from "@/lib/validations/common";

export const metadata: Metadata = { title: "Jetons d'accès / Access tokens" };

export default async function UserTokensPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await guardPage("user.manage");
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  const [{ owner, tokens }, { t }] = await Promise.all([listTokensOf(user, parsed.data.id).catch(notFoundOnMissing), getTranslations()]);
  const title = interpolate(t.tokens.adminTitle, { name: owner.name });
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="text-sm text-indigo-700 hover:underline">
        ← {t.users.title}
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">{owner.email}</p>
      {/* Serialised the way the API sends them, so the page and React Query share one shape. */}
      <TokenList initialTokens={JSON.parse(JSON.stringify(tokens))} ownerId={owner.id} title={t.tokens.listTitle} />
    </div>
  );
}
