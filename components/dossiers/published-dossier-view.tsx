// A published version as readers see it: title and summary, other versions and downloads, then the
// body (sections with numbered citations, panels, sources with the cited passages) as rendered once
// for this version by lib/dossiers/render-html. Server-only.
import { PrintButton } from "@/components/dossiers/print-button";
import { ReadingPageLink } from "@/components/dossiers/reading-page-link";
import { publishedBodyHtml, type PublishedVersion } from "@/lib/dossiers/published-dossiers";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export function PublishedDossierView({ dossier, t, locale, linkToArticles }: { dossier: PublishedVersion; t: Messages; locale: Locale; linkToArticles: boolean }) {
  const { snapshot } = dossier;
  const day = (iso: string) => formatCalendarDate(iso.slice(0, 10), "DAY", locale);
  const exportHref = (format: string) => `/api/v1/dossiers/${dossier.slug}/versions/${dossier.number}/export?format=${format}`;
  return (
    <article className="mx-auto max-w-5xl" data-testid="published-dossier">
      <header className="border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-500">{interpolate(t.dossiers.versionOf, { number: dossier.number, date: day(dossier.publishedAt) })}</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-semibold">{snapshot.title}</h1>
        {snapshot.summary && <p className="mt-3 text-lg text-slate-700">{snapshot.summary}</p>}
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden">
          <span className="text-slate-600">{t.dossiers.download}</span>
          <a href={exportHref("pdf")} className="text-indigo-700 hover:underline" data-testid="download-pdf">
            PDF
          </a>
          <a href={exportHref("md")} className="text-indigo-700 hover:underline">
            Markdown
          </a>
          <a href={exportHref("json")} className="text-indigo-700 hover:underline">
            JSON
          </a>
          <PrintButton label={t.dossiers.print} />
          {dossier.versions.length > 1 && (
            <span className="text-slate-600">
              {t.dossiers.earlierVersions} :{" "}
              {dossier.versions.map((version) => (
                <ReadingPageLink key={version.number} href={`/dossiers/${dossier.slug}/v/${version.number}`} aria-current={version.number === dossier.number ? "page" : undefined} className="mr-2 text-indigo-700 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900">
                  v{version.number}
                </ReadingPageLink>
              ))}
            </span>
          )}
        </div>
        {dossier.number !== dossier.latest && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 print:hidden">
            {t.dossiers.latestNotice}{" "}
            <ReadingPageLink href={`/dossiers/${dossier.slug}`} className="font-medium underline">
              {interpolate(t.dossiers.readLatest, { number: dossier.latest })}
            </ReadingPageLink>
          </p>
        )}
      </header>
      {/* Escaped text and sanitised commentary only: see lib/dossiers/render-html. */}
      <div dangerouslySetInnerHTML={{ __html: publishedBodyHtml(dossier, { t, locale, linkToArticles }) }} />
    </article>
  );
}
