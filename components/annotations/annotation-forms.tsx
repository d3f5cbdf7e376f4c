"use client";
// What a selection can become: an entity of the register (type-ahead over names and aliases, or a new
// one), a date (pre-filled by resolving the selection against the article's date), or a theme (of the
// span, or of the whole article with the selection as its evidence).
import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { resolveDateExpression, type DatePrecision, type NormalisedDate } from "@/lib/annotations/dates/resolve-date-expression";
import { fetchJson } from "@/lib/client/fetch-json";
import type { EntityMatch } from "@/lib/entities/search-entities";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import { interpolate } from "@/lib/i18n/messages";
import type { ThemeOption } from "@/lib/taxonomy/list-themes";
import type { CreateAnnotationInput, Span } from "@/lib/validations/annotation";

export type FormKind = "ENTITY" | "DATE" | "THEME";
type FormProps = { selection: Span; onSubmit: (input: CreateAnnotationInput) => void; onCancel: () => void };
const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function EntityForm({ selection, onSubmit, onCancel, entityTypes }: FormProps & { entityTypes: EntityTypeOption[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [query, setQuery] = useState(selection.quote);
  const [typeKey, setTypeKey] = useState(entityTypes.find((type) => type.key === "PERSON")?.key ?? entityTypes[0]?.key ?? "");
  const matches = useQuery({
    queryKey: ["entities", "search", query],
    queryFn: () => fetchJson<{ entities: EntityMatch[] }>(`/api/v1/entities?q=${encodeURIComponent(query)}`),
    enabled: query.trim().length > 0,
    placeholderData: (previous) => previous,
  });
  const label = (key: string) => {
    const type = entityTypes.find((option) => option.key === key);
    return type ? (locale === "fr" ? type.labelFr : type.labelEn) : key;
  };
  return (
    <div className="space-y-3" data-testid="entity-form">
      <label className="block text-sm font-medium" htmlFor={`${id}-query`}>
        {t.annotate.entitySearch}
      </label>
      <input id={`${id}-query`} className={field} value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      <ul className="max-h-48 space-y-1 overflow-y-auto" aria-label={t.annotate.entityMatches}>
        {(matches.data?.entities ?? []).map((entity) => (
          <li key={entity.id}>
            <button type="button" className="w-full rounded-md px-2 py-1 text-left text-sm hover:bg-indigo-50" onClick={() => onSubmit({ kind: "ENTITY", ...selection, entityId: entity.id })}>
              <span className="font-medium">{entity.name}</span> <span className="text-slate-500">· {label(entity.typeKey)}</span>
              {entity.matchedAlias !== entity.name && <span className="block text-xs text-slate-500">{interpolate(t.annotate.alias, { alias: entity.matchedAlias })}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-end gap-2 border-t border-slate-100 pt-3">
        <div className="flex-1">
          <label className="block text-xs text-slate-600" htmlFor={`${id}-type`}>
            {t.annotate.entityType}
          </label>
          <select id={`${id}-type`} className={field} value={typeKey} onChange={(event) => setTypeKey(event.target.value)}>
            {entityTypes.map((type) => (
              <option key={type.key} value={type.key}>
                {label(type.key)}
              </option>
            ))}
          </select>
        </div>
        <Button type="button" disabled={!query.trim()} onClick={() => onSubmit({ kind: "ENTITY", ...selection, newEntity: { name: query.trim(), typeKey } })}>
          {interpolate(t.annotate.createEntity, { name: query.trim() })}
        </Button>
      </div>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t.annotate.cancel}
      </Button>
    </div>
  );
}

export function DateForm({ selection, onSubmit, onCancel, reference, language, initial }: FormProps & { reference: { date: string; precision: DatePrecision } | null; language: string | null; initial?: NormalisedDate | null }) {
  const { t } = useI18n();
  const id = useId();
  const resolved = initial ?? resolveDateExpression(selection.quote, reference, language ?? undefined);
  const [value, setValue] = useState({ start: resolved?.start ?? "", end: resolved?.end ?? "", precision: resolved?.precision ?? ("DAY" as DatePrecision) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ kind: "DATE", ...selection, date: { ...value, end: value.end || value.start } });
  };
  return (
    <form className="space-y-3" onSubmit={submit} data-testid="date-form">
      <p className="text-sm text-slate-600">{resolved ? t.annotate.dateResolved : t.annotate.dateUnresolved}</p>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs text-slate-600" htmlFor={`${id}-start`}>
          {t.annotate.dateStart}
          <input id={`${id}-start`} type="date" required className={field} value={value.start} onChange={(event) => setValue({ ...value, start: event.target.value })} />
        </label>
        <label className="text-xs text-slate-600" htmlFor={`${id}-end`}>
          {t.annotate.dateEnd}
          <input id={`${id}-end`} type="date" className={field} value={value.end} onChange={(event) => setValue({ ...value, end: event.target.value })} />
        </label>
      </div>
      <label className="block text-xs text-slate-600" htmlFor={`${id}-precision`}>
        {t.annotate.precision}
        <select id={`${id}-precision`} className={field} value={value.precision} onChange={(event) => setValue({ ...value, precision: event.target.value as DatePrecision })}>
          {(["DAY", "MONTH", "YEAR"] as const).map((precision) => (
            <option key={precision} value={precision}>
              {t.annotate.precisions[precision]}
            </option>
          ))}
        </select>
      </label>
      <SaveOrCancel disabled={!value.start} onCancel={onCancel} />
    </form>
  );
}

export function ThemeForm({ selection, onSubmit, onCancel, themes }: FormProps & { themes: ThemeOption[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [themeId, setThemeId] = useState("");
  const [wholeArticle, setWholeArticle] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(wholeArticle ? { kind: "THEME", scope: "DOCUMENT", themeId, evidence: [selection] } : { kind: "THEME", scope: "SPAN", themeId, ...selection });
  };
  return (
    <form className="space-y-3" onSubmit={submit} data-testid="theme-form">
      <label className="block text-sm font-medium" htmlFor={`${id}-theme`}>
        {t.annotate.theme}
      </label>
      <select id={`${id}-theme`} className={field} value={themeId} onChange={(event) => setThemeId(event.target.value)} required autoFocus>
        <option value="">{t.annotate.chooseTheme}</option>
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.depth > 0 ? "  – " : ""}
            {locale === "fr" ? theme.labelFr : theme.labelEn}
          </option>
        ))}
      </select>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={wholeArticle} onChange={(event) => setWholeArticle(event.target.checked)} className="mt-1" />
        <span>{t.annotate.wholeArticle}</span>
      </label>
      <SaveOrCancel disabled={!themeId} onCancel={onCancel} />
    </form>
  );
}
