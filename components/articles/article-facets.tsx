"use client";
// The filter column of the article search: the period, then a checkbox facet per dimension with the
// counts the server computed. Each facet ignores its own filter, so ticking a second value widens.
import { useMemo, useState } from "react";
import { ArticleDateRange } from "@/components/articles/article-date-range";
import { clearedFilters, hasActiveFilters, toggleValue, type ArticleSearch, type FilterParam } from "@/components/articles/article-search-params";
import type { UpdateArticleSearch } from "@/components/articles/use-article-search";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import type { ArticleFacets as Facets } from "@/lib/articles/search-articles";

type Props = { facets: Facets; approximate: boolean; search: ArticleSearch; update: UpdateArticleSearch; dateErrors: { from?: string; to?: string } };

export function ArticleFacets({ facets, approximate, search, update, dateErrors }: Props) {
  const { t, locale } = useI18n();
  const languageNames = useMemo(() => new Intl.DisplayNames([locale], { type: "language" }), [locale]);
  const languageName = (code: string) => {
    const name = languageNames.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  const statusLabel = (value: string) => (t.articles.status as Record<string, string>)[value] ?? value;
  const entityType = (key: string) => (t.search.entityTypes as Record<string, string>)[key] ?? key;

  const sources = facets.source.map(({ value, label, count }) => ({ value, label, count }));
  const themes = facets.theme.map(({ value, labelFr, labelEn, count }) => ({ value, label: locale === "fr" ? labelFr : labelEn, count }));
  const entities = facets.entity.map(({ value, label, type, count }) => ({ value, label, detail: entityType(type), count }));
  const remembered = useRemembered(facets, [...sources, ...themes, ...entities]);
  const named = (value: string) => remembered.get(value) ?? { label: t.search.unlisted };

  const year = /^\d{4}$/.test(search.from) && search.from === search.to ? search.from : "";
  const toggle = (name: FilterParam) => (value: string) => update({ [name]: toggleValue(search[name], value) });
  const groups = [
    { id: "source", title: t.search.source, options: withSelected(sources, search.source, named), selected: search.source, onToggle: toggle("source") },
    {
      id: "language",
      title: t.search.language,
      options: withSelected(
        facets.language.map(({ value, count }) => ({ value, label: languageName(value), count })),
        search.language,
        (value) => ({ label: languageName(value) }),
      ),
      selected: search.language,
      onToggle: toggle("language"),
    },
    {
      id: "year",
      title: t.search.year,
      options: withSelected(
        facets.year.map(({ value, count }) => ({ value: String(value), label: String(value), count })),
        year ? [year] : [],
        (value) => ({ label: value }),
      ),
      selected: year ? [year] : [],
      // A year is the period from its first day to its last; ticking it again clears the period.
      onToggle: (value: string) => update(value === year ? { from: "", to: "" } : { from: value, to: value }),
    },
    {
      id: "status",
      title: t.search.status,
      options: withSelected(
        facets.status.map(({ value, count }) => ({ value, label: statusLabel(value), count })),
        search.status,
        (value) => ({ label: statusLabel(value) }),
      ),
      selected: search.status,
      onToggle: toggle("status"),
    },
    { id: "theme", title: t.search.theme, options: withSelected(themes, search.theme, named), selected: search.theme, onToggle: toggle("theme") },
    { id: "entity", title: t.search.entity, options: withSelected(entities, search.entity, named), selected: search.entity, onToggle: toggle("entity") },
  ];

  return (
    <aside aria-labelledby="article-filters" className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-6">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="article-filters" className="text-sm font-semibold text-slate-900">
          {t.search.filters}
        </h2>
        {hasActiveFilters(search) && (
          <button type="button" onClick={() => update(clearedFilters)} className="text-xs font-medium text-indigo-700 hover:underline">
            {t.search.clearFilters}
          </button>
        )}
      </div>
      {groups.slice(0, 3).map((group) => (
        <FacetGroup approximate={approximate} key={group.id} {...group} />
      ))}
      {/* The custom period sits under the years it refines. */}
      <ArticleDateRange from={search.from} to={search.to} errors={dateErrors} onApply={(range) => update(range)} />
      {groups.slice(3).map((group) => (
        <FacetGroup approximate={approximate} key={group.id} {...group} />
      ))}
    </aside>
  );
}

/** The facet's values, then any ticked value the server left out (its count fell to zero). */
function withSelected(options: FacetOption[], selected: string[], describe: (value: string) => Pick<FacetOption, "label" | "detail">): FacetOption[] {
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return [...options, ...missing.map((value) => ({ value, ...describe(value), count: 0 }))];
}

// Names of the values seen in earlier answers, so a ticked value that drops out still reads as itself.
function useRemembered(facets: Facets, options: FacetOption[]): Map<string, Pick<FacetOption, "label" | "detail">> {
  const [memory, setMemory] = useState({ facets: null as Facets | null, names: new Map<string, Pick<FacetOption, "label" | "detail">>() });
  if (memory.facets !== facets) {
    const names = new Map(memory.names);
    for (const { value, label, detail } of options) names.set(value, { label, detail });
    setMemory({ facets, names });
  }
  return memory.names;
}
