// One block of a dossier as readers (and the editor's preview) see it. No hooks: renders on the server.
import { CitationRef } from "@/components/dossiers/citation-ref";
import type { Block, Citation } from "@/lib/dossiers/snapshot-types";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export function formatPeriod(date: { start: string; end: string; precision: "DAY" | "MONTH" | "YEAR" }, locale: Locale): string {
  const start = formatCalendarDate(date.start, date.precision, locale);
  const end = formatCalendarDate(date.end, date.precision, locale);
  return start === end ? start : `${start} – ${end}`;
}

export function DossierBlock({ block, citations, t, locale }: { block: Block; citations: Map<number, Citation>; t: Messages; locale: Locale }) {
  const cite = (n: number) => <CitationRef key={n} n={n} label={interpolate(t.dossiers.citation, { n })} />;
  switch (block.kind) {
    case "ARTICLE": {
      const article = citations.get(block.citation)?.article;
      return (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
          <span className="font-medium text-slate-500">{t.dossiers.article} · </span>
          <span className="font-semibold">{article?.title}</span>
          {article?.source && <span className="text-slate-600"> — {article.source}</span>}
          {article?.publishedOn && article.precision && <span className="text-slate-600">, {formatCalendarDate(article.publishedOn, article.precision, locale)}</span>}
          {cite(block.citation)}
        </div>
      );
    }
    case "EXCERPT":
      return (
        <blockquote className="border-l-4 border-indigo-300 pl-4 font-serif text-lg leading-relaxed text-slate-800 italic">
          « {block.quote} »{cite(block.citation)}
        </blockquote>
      );
    case "ENTITY":
      return (
        <div className="rounded-md border border-slate-200 px-4 py-3 text-sm">
          <p>
            <span className="font-semibold">{block.entity.name}</span> <span className="text-slate-500">· {block.entity.typeLabel[locale]}</span>
            <span className="text-slate-500"> · {interpolate(t.dossiers.mentions, { count: block.mentions })}</span>
            {block.citations.map(cite)}
          </p>
          {block.entity.description && <p className="mt-1 text-slate-700">{block.entity.description}</p>}
          {block.entity.aliases.length > 0 && <p className="mt-1 text-slate-500">{interpolate(t.dossiers.aliases, { names: block.entity.aliases.slice(0, 8).join(", ") })}</p>}
        </div>
      );
    case "EVENT":
      return (
        <p className="text-sm">
          <time className="mr-2 font-semibold text-indigo-800" dateTime={block.date.start}>
            {formatPeriod(block.date, locale)}
          </time>
          {block.text}
          {cite(block.citation)}
        </p>
      );
    case "COMMENTARY":
      // Rendered from Markdown with raw HTML escaped and unsafe links dropped (lib/dossiers/render-markdown).
      return <div className="prose-commentary leading-relaxed text-slate-800" dangerouslySetInnerHTML={{ __html: block.html }} />;
  }
}
