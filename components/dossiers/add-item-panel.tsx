"use client";
// Adds an item at the end of the chosen section: a whole article, an excerpt selected in an article's
// text, a dated event (one of the article's date annotations), an entity card from the register, or
// a Markdown commentary.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DossierChange } from "@/components/dossiers/dossier-queries";
import { ExcerptPicker } from "@/components/dossiers/excerpt-picker";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { fetchJson } from "@/lib/client/fetch-json";
import type { DossierDraft } from "@/lib/dossiers/get-dossier-draft";
import type { EntityPage } from "@/lib/entities/search-entities";
import type { ArticlePage } from "@/lib/articles/search-articles";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import type { NewDossierItem } from "@/lib/validations/dossier";

const kinds = ["EXCERPT", "ARTICLE", "EVENT", "ENTITY", "COMMENTARY"] as const;
type Kind = (typeof kinds)[number];

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

type Props = { sections: DossierDraft["sections"]; sectionId: string; onSection: (id: string) => void; change: DossierChange };

export function AddItemPanel({ sections, sectionId, onSection, change }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>("EXCERPT");
  const [article, setArticle] = useState<{ id: string; title: string } | null>(null);
  const add = (item: NewDossierItem, then?: () => void) => change.change({ path: "/items", method: "POST", body: { sectionId, item } }, then);

  return (
    <section className="rounded-lg border border-indigo-200 bg-white p-4" data-testid="add-item-panel">
      <h2 className="text-sm font-semibold">{t.studio.add.title}</h2>
      <label className="mt-2 flex flex-col text-xs text-slate-600">
        {t.studio.add.to}
        <select value={sectionId} onChange={(event) => onSection(event.target.value)} className={input}>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>
      </label>
      <div role="tablist" className="mt-3 flex flex-wrap gap-1">
        {kinds.map((option) => (
          <button key={option} type="button" role="tab" aria-selected={kind === option} onClick={() => setKind(option)} className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 aria-selected:bg-indigo-700 aria-selected:text-white">
            {t.studio.add.kinds[option]}
          </button>
        ))}
      </div>
      <div className="mt-3 space-y-2">
        {(kind === "ARTICLE" || kind === "EXCERPT" || kind === "EVENT") &&
          (article ? (
            <div className="flex items-start justify-between gap-2 text-sm">
              <span className="font-medium">{article.title}</span>
              <button type="button" className="shrink-0 text-xs text-indigo-700 hover:underline" onClick={() => setArticle(null)}>
                {t.studio.add.changeArticle}
              </button>
            </div>
          ) : (
            <ArticleSearch onPick={setArticle} />
          ))}
        {kind === "ARTICLE" && article && (
          <Button onClick={() => add({ kind: "ARTICLE", articleId: article.id })} disabled={change.pending}>
            {t.studio.add.addArticle}
          </Button>
        )}
        {kind === "EXCERPT" && article && <ExcerptPicker articleId={article.id} pending={change.pending} onAdd={(excerpt) => add({ kind: "EXCERPT", articleId: article.id, ...excerpt })} />}
        {kind === "EVENT" && article && <EventPicker articleId={article.id} pending={change.pending} onAdd={(annotationId) => add({ kind: "EVENT", annotationId })} />}
        {kind === "ENTITY" && <EntitySearch pending={change.pending} onAdd={(entityId) => add({ kind: "ENTITY", entityId })} />}
        {kind === "COMMENTARY" && <CommentaryForm pending={change.pending} onAdd={(body, done) => add({ kind: "COMMENTARY", body }, done)} />}
      </div>
    </section>
  );
}

function useSearch<T>(key: string, url: (term: string) => string) {
  const [term, setTerm] = useState("");
  const query = useQuery({ queryKey: ["dossier-picker", key, term], queryFn: () => fetchJson<T>(url(term)), enabled: term.trim().length > 1, staleTime: 30_000 });
  return { term, setTerm, data: query.data };
}

function ArticleSearch({ onPick }: { onPick: (article: { id: string; title: string }) => void }) {
  const { t, locale } = useI18n();
  const { term, setTerm, data } = useSearch<ArticlePage>("articles", (q) => `/api/v1/articles?q=${encodeURIComponent(q)}`);
  return (
    <div>
      <input type="search" value={term} onChange={(event) => setTerm(event.target.value)} placeholder={t.studio.add.searchArticles} aria-label={t.studio.add.searchArticles} className={input} />
      <ul className="mt-1 max-h-60 overflow-y-auto text-sm">
        {data?.items.slice(0, 12).map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => onPick({ id: item.id, title: item.title })} className="w-full rounded px-2 py-1 text-left hover:bg-indigo-50">
              {item.title}
              {item.publishedOn && item.publishedPrecision && <span className="ml-1 text-xs text-slate-500">{formatCalendarDate(item.publishedOn, item.publishedPrecision, locale)}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EventPicker({ articleId, pending, onAdd }: { articleId: string; pending: boolean; onAdd: (annotationId: string) => void }) {
  const { t, locale } = useI18n();
  const { data } = useQuery({ queryKey: ["dossier-picker", "dates", articleId], queryFn: () => fetchJson<{ annotations: AnnotationView[] }>(`/api/v1/articles/${articleId}/annotations`) });
  const dates = data?.annotations.filter((annotation) => annotation.kind === "DATE" && annotation.status !== "REJECTED" && annotation.date) ?? [];
  if (data && dates.length === 0) return <p className="text-sm text-slate-500">{t.studio.add.noDates}</p>;
  return (
    <ul className="max-h-72 space-y-1 overflow-y-auto text-sm">
      {dates.map((annotation) => (
        <li key={annotation.id} className="flex items-start justify-between gap-2 rounded px-2 py-1 hover:bg-slate-50">
          <span>
            <span className="font-medium">{annotation.date && formatCalendarDate(annotation.date.start, annotation.date.precision, locale)}</span> — « {annotation.quote} »
            {annotation.status === "SUGGESTED" && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t.studio.add.suggested}</span>}
          </span>
          <Button variant="secondary" disabled={pending} onClick={() => onAdd(annotation.id)}>
            {t.studio.add.addEvent}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function EntitySearch({ pending, onAdd }: { pending: boolean; onAdd: (entityId: string) => void }) {
  const { t } = useI18n();
  const { term, setTerm, data } = useSearch<{ entities: EntityPage["items"] }>("entities", (q) => `/api/v1/entities?q=${encodeURIComponent(q)}`);
  return (
    <div>
      <input type="search" value={term} onChange={(event) => setTerm(event.target.value)} placeholder={t.studio.add.searchEntities} aria-label={t.studio.add.searchEntities} className={input} />
      <ul className="mt-1 max-h-60 overflow-y-auto text-sm">
        {data?.entities.slice(0, 12).map((entity) => (
          <li key={entity.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 hover:bg-slate-50">
            <span>
              {entity.name} <span className="text-xs text-slate-500">{entity.typeKey}</span>
            </span>
            <Button variant="secondary" disabled={pending} onClick={() => onAdd(entity.id)}>
              {t.studio.add.addEntity}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CommentaryForm({ pending, onAdd }: { pending: boolean; onAdd: (body: string, done: () => void) => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState("");
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(body, () => setBody(""));
      }}
    >
      <label className="flex flex-col text-xs text-slate-600">
        {t.studio.add.commentaryLabel}
        <textarea value={body} onChange={(event) => setBody(event.target.value)} required rows={6} maxLength={20_000} className={`${input} font-mono`} />
      </label>
      <Button type="submit" disabled={pending}>
        {t.studio.add.addCommentary}
      </Button>
    </form>
  );
}
