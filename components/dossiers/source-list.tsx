// The numbered sources of a dossier: each cited passage in its paragraph, the cited words marked.
// People who may read articles also get a link to the passage in the article itself.
import Link from "next/link";
import type { Citation } from "@/lib/dossiers/snapshot-types";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export function citedPassageHref(citation: Citation): string {
  const span = citation.start !== null && citation.end !== null ? `?revision=${citation.revisionId}&start=${citation.start}&end=${citation.end}#cited-passage` : "";
  return `/articles/${citation.article.id}${span}`;
}

export function SourceList({ citations, t, locale, linkToArticles }: { citations: Citation[]; t: Messages; locale: Locale; linkToArticles: boolean }) {
  return (
    <ol className="space-y-3 text-sm">
      {citations.map((citation) => (
        <li key={citation.n} id={`source-${citation.n}`} className="scroll-mt-24 rounded-md p-2 target:bg-amber-50 target:ring-2 target:ring-amber-300" data-testid="source">
          <p>
            <a href={`#cite-${citation.n}`} className="mr-1 font-semibold text-indigo-700">
              {citation.n}.
            </a>
            <span className="font-medium">{citation.article.title}</span>
            {citation.article.source && <span className="text-slate-600"> — {citation.article.source}</span>}
            {citation.article.publishedOn && citation.article.precision && <span className="text-slate-600">, {formatCalendarDate(citation.article.publishedOn, citation.article.precision, locale)}</span>}
            {citation.article.url && (
              <a href={citation.article.url} rel="noopener noreferrer nofollow" className="ml-2 text-indigo-700 hover:underline print:hidden">
                ↗
              </a>
            )}
          </p>
          <p className="mt-1 font-serif text-slate-700" lang={citation.article.language ?? undefined}>
            {citation.passage.before}
            {citation.passage.quote && <mark className="rounded bg-amber-200 px-0.5">{citation.passage.quote}</mark>}
            {citation.passage.after}
          </p>
          {linkToArticles && (
            <Link href={citedPassageHref(citation)} className="text-xs text-indigo-700 hover:underline print:hidden">
              {t.dossiers.openInArticle}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
