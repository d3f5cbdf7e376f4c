"use client";
// One facet of a search: a titled list of checkboxes, each value with the number of results it gives.
// A heading and a labelled list rather than a fieldset: "Langue" already names the interface-language group.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { interpolate } from "@/lib/i18n/messages";

export type FacetOption = { value: string; label: string; detail?: string; count: number };

const COLLAPSED_SIZE = 8;

// `approximate`: the counts are estimates from a sample (large result sets), shown as "≈ 1 200".
type Props = { id: string; title: string; options: FacetOption[]; selected: string[]; onToggle: (value: string) => void; approximate?: boolean };

export function FacetGroup({ id, title, options, selected, onToggle, approximate = false }: Props) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  const headingId = `facet-${id}`;
  // Collapsed, the list still shows every ticked value, so it can be unticked.
  const visible = options.filter((option, index) => expanded || index < COLLAPSED_SIZE || selected.includes(option.value));
  return (
    <div>
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      <ul aria-labelledby={headingId} className="mt-2 space-y-0.5">
        {visible.map((option) => {
          const inputId = `${headingId}-${option.value}`;
          return (
            <li key={option.value}>
              <label htmlFor={inputId} className="flex cursor-pointer items-start gap-2 rounded-md px-1.5 py-1 text-sm text-slate-800 hover:bg-slate-100">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                  className="mt-0.5 size-4 shrink-0 accent-indigo-700"
                />
                <span className="min-w-0 flex-1 break-words">
                  {option.label}
                  {option.detail && <span className="ml-1.5 text-xs text-slate-500">{option.detail}</span>}
                </span>
                <span className="shrink-0 text-xs text-slate-500 tabular-nums">{approximate ? "≈ " : ""}
                  {option.count.toLocaleString(locale)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {options.length > COLLAPSED_SIZE && (
        <button type="button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} className="mt-1 px-1.5 text-xs font-medium text-indigo-700 hover:underline">
          {expanded ? t.search.showLess : interpolate(t.search.showAll, { count: options.length })}
        </button>
      )}
    </div>
  );
}
