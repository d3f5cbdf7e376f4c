import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenList } from "@/components/tokens/token-list";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { listOwnTokens } from "@/lib/tokens/manage-tokens";

export const metadata: Metadata = { title: "Jetons d'accès / Access tokens" };

export default async function AccessTokensPage() {
  const user = await guardPage("account.manage");
  const [tokens, { t }] = await Promise.all([listOwnTokens(user), getTranslations()]);
  return (
    <div className="max-w-5xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t.tokens.title}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t.tokens.intro}</p>
        <a href="/api/v1/openapi.json" className="text-sm text-indigo-700 hover:underline">
          {t.tokens.docs}
        </a>
      </div>
      <div className="max-w-2xl">
        <CreateTokenForm />
      </div>
      {/* Serialised the way the API sends them, so the page and React Query share one shape. */}
      <TokenList initialTokens={JSON.parse(JSON.stringify(tokens))} title={t.tokens.listTitle} />
    </div>
  );
}
