import type { Metadata } from "next";
import Link from "next/link";
import { DuplicateProposals } from "@/components/entities/duplicate-proposals";
import { guardPage } from "@/lib/auth/guard-page";
import { listEntityTypes } from "@/lib/entities/entity-types";
import { findDuplicates } from "@/lib/entities/find-duplicates";
import { getTranslations } from "@/lib/i18n/get-locale";
import { duplicatesQuerySchema } from "@/lib/validations/entity";

export const metadata: Metadata = { title: "Doublons probables" };

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("entity.merge");
  const parsed = duplicatesQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : duplicatesQuerySchema.parse({});
  const [page, types, { t }] = await Promise.all([findDuplicates(user, query), listEntityTypes(user), getTranslations()]);
  return (
    <div className="space-y-4">
      <div>
        <Link href="/entities" className="text-sm text-indigo-700 hover:underline">
          ← {t.entities.back}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t.entities.duplicates.title}</h1>
        <p className="text-sm text-slate-600">{t.entities.duplicates.intro}</p>
      </div>
      <DuplicateProposals page={page} type={query.type ?? ""} types={types} />
    </div>
  );
}
