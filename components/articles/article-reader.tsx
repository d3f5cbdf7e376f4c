// The reading view of an article: metadata, then its current text paragraph by paragraph; beside it,
// for editors, the metadata form and the clean-up report.
import Link from "next/link";
import { ArticleMetadataForm, type EditableMetadata } from "@/components/articles/article-metadata-form";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { CleanupReportPanel } from "@/components/articles/cleanup-report";
import { TextCorrectionForm } from "@/components/articles/text-correction-form";
import { DeleteToTrash } from "@/components/trash/delete-to-trash";
import type { ArticleDetail } from "@/lib/articles/get-article";
import { readCleanupReport } from "@/lib/ingest/cleanup-report";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

// A cited span to mark (from a dossier's citation), or a note that the text changed since it was cited.
export type CitedSpan = { start: number; end: number } | "moved" | null;
type Props = { article: ArticleDetail; t: Messages; locale: Locale; canEdit: boolean; canDelete: boolean; cited: CitedSpan };

// The text's non-empty lines with their offsets, so a cited span can be marked where it falls.
function paragraphsOf(text: string): { start: number; text: string }[] {
  let start = 0;
  return text.split("\n").flatMap((line) => {
    const paragraph = { start, text: line };
    start += line.length + 1;
    return line.trim() ? [paragraph] : [];
  });
}

function Paragraph({ paragraph, cited }: { paragraph: { start: number; text: string }; cited: CitedSpan }) {
  const end = paragraph.start + paragraph.text.length;
  if (!cited || cited === "moved" || cited.end <= paragraph.start || cited.start >= end) return <p>{paragraph.text}</p>;
  const from = Math.max(cited.start, paragraph.start) - paragraph.start;
  const to = Math.min(cited.end, end) - paragraph.start;
  return (
    <p>
      {paragraph.text.slice(0, from)}
      <mark id={cited.start >= paragraph.start ? "cited-passage" : undefined} className="scroll-mt-24 rounded bg-amber-200 px-0.5">
        {paragraph.text.slice(from, to)}
      </mark>
      {paragraph.text.slice(to)}
    </p>
  );
}

const dateLength = { YEAR: 4, MONTH: 7, DAY: 10 } as const;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function editableMetadata(article: ArticleDetail): EditableMetadata {
  return {
    id: article.id,
    version: article.version,
    title: article.title,
    source: article.source?.name ?? "",
    url: article.url ?? "",
    byline: article.byline ?? "",
    language: article.language ?? "",
    published: article.publishedOn && article.publishedPrecision ? isoDay(article.publishedOn).slice(0, dateLength[article.publishedPrecision]) : "",
    proposal:
      article.proposedPublishedOn && article.proposedPublishedPrecision
        ? { date: isoDay(article.proposedPublishedOn), precision: article.proposedPublishedPrecision, evidence: article.proposedPublishedEvidence ?? "" }
        : null,
  };
}

export function ArticleReader({ article, t, locale, canEdit, canDelete, cited }: Props) {
  const paragraphs = paragraphsOf(article.currentRevision?.text ?? "");
  const report = readCleanupReport(article.currentRevision?.report);
  const percent = (value: number | null) => Math.round((value ?? 0) * 100);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article className="min-w-0">
        <div className="flex items-center justify-between gap-3">
          <Link href="/articles" className="text-sm text-indigo-700 hover:underline">
            ← {t.articles.back}
          </Link>
          <Link href={`/articles/${article.id}/annotate`} className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
            {t.annotate.open}
          </Link>
        </div>
        <header className="mt-4 border-b border-slate-200 pb-4">
          <h1 className="font-serif text-3xl leading-tight font-semibold">{article.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <span>{article.source?.name}</span>
            <span>
              {article.publishedOn && article.publishedPrecision
                ? formatCalendarDate(article.publishedOn, article.publishedPrecision, locale)
                : t.articles.unknownDate}
            </span>
            {article.language && <span className="uppercase">{article.language}</span>}
            <ArticleStatusBadge status={article.status} />
            {article.currentRevision && <span>{interpolate(t.articles.revision, { number: article.currentRevision.number })}</span>}
          </p>
          {article.byline && <p className="mt-1 text-sm text-slate-600">{article.byline}</p>}
          {article.copyOf && (
            <p className="mt-2 text-sm text-amber-800">
              <Link className="hover:underline" href={`/articles/${article.copyOf.id}`}>
                {interpolate(t.metadata.copyOf, { title: article.copyOf.title, similarity: percent(article.copySimilarity) })}
              </Link>
            </p>
          )}
          {article.copies.length > 0 && (
            <p className="mt-2 text-sm text-slate-600">
              {t.metadata.copies}:{" "}
              {article.copies.map((copy) => (
                <Link key={copy.id} className="mr-2 text-indigo-700 hover:underline" href={`/articles/${copy.id}`}>
                  {copy.title} ({percent(copy.copySimilarity)} %)
                </Link>
              ))}
            </p>
          )}
        </header>
        <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed text-slate-800" lang={article.language ?? undefined} data-testid="article-text">
          {cited === "moved" && <p className="rounded-md bg-amber-50 px-3 py-2 font-sans text-sm text-amber-900">{t.dossiers.citedTextChanged}</p>}
          {paragraphs.map((paragraph) => (
            <Paragraph key={paragraph.start} paragraph={paragraph} cited={cited} />
          ))}
        </div>
      </article>
      <aside className="space-y-4">
        {canEdit && <ArticleMetadataForm article={editableMetadata(article)} />}
        {canEdit && article.currentRevision && <TextCorrectionForm articleId={article.id} version={article.version} text={article.currentRevision.text} />}
        {report && <CleanupReportPanel articleId={article.id} version={article.version} report={report} editable={canEdit && article.currentRevision?.kind === "CLEANED"} />}
        <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <h2 className="font-semibold">{t.metadata.revisions}</h2>
          <ol className="mt-1 text-slate-600">
            {article.revisions.map((revision) => (
              <li key={revision.id} className={revision.id === article.currentRevision?.id ? "font-medium text-slate-900" : ""}>
                {interpolate(t.articles.revision, { number: revision.number })} · {t.metadata.revisionKind[revision.kind]}
              </li>
            ))}
          </ol>
          {article.uploads.map((upload) => (
            <p key={upload.id} className="mt-2 text-xs text-slate-500">
              {t.articles.originalUpload}: {upload.filename} ({upload.mediaType}, {upload.size.toLocaleString(locale)} o) ·{" "}
              <a className="text-indigo-700 hover:underline" href={`/api/v1/articles/${article.id}/uploads/${upload.id}`} download>
                {t.metadata.download}
              </a>
            </p>
          ))}
        </section>
        {canDelete && <DeleteToTrash url={`/api/v1/articles/${article.id}`} version={article.version} label={article.title} then="/articles" />}
      </aside>
    </div>
  );
}
