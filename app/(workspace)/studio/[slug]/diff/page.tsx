import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/guard-page";
import { diffDossierVersions } from "@/lib/dossiers/dossier-versions";
import { getTranslations } from "@/lib/i18n/get-locale";
import { interpolate } from "@/lib/i18n/messages";
import { notFoundOnMissing } from "@/lib/page-errors";
import { diffQuery, slugParams } from "@/lib/validations/dossier";

export const metadata: Metadata = { title: "Versions" };

const lineStyle = { added: "bg-emerald-50 text-emerald-900", removed: "bg-red-50 text-red-900 line-through", same: "text-slate-600" } as const;
const marker = { added: "+", removed: "−", same: " " } as const;

export default async function DossierDiffPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("workspace.access");
  const slug = slugParams.safeParse(await params);
  const query = diffQuery.safeParse(await searchParams);
  if (!slug.success || !query.success) notFound();
  const [diff, { t }] = await Promise.all([diffDossierVersions(user, slug.data.slug, query.data.from, query.data.to).catch(notFoundOnMissing), getTranslations()]);
  return (
    <div className="space-y-4">
      <Link href={`/studio/${slug.data.slug}`} className="text-sm text-indigo-700 hover:underline">
        ← {t.studio.back}
      </Link>
      <h1 className="text-2xl font-semibold">{interpolate(t.studio.diffTitle, { from: diff.from, to: diff.to })}</h1>
      <pre className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed whitespace-pre-wrap" data-testid="version-diff">
        {diff.lines.map((line, index) => (
          <div key={index} className={lineStyle[line.change]} data-change={line.change}>
            {marker[line.change]} {line.text}
          </div>
        ))}
      </pre>
    </div>
  );
}
