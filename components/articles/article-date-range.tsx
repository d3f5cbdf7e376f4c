"use client";
// The publication period filter: two bounds typed as 2023, 2023-03 or 2023-03-05, applied on Enter or
// when the field is left. The API judges them; its message shows under the two bounds.
import { useState, type KeyboardEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/text-field";

type Range = { from: string; to: string };
type Props = Range & { errors: Partial<Range>; onApply: (range: Range) => void };

export function ArticleDateRange({ from, to, errors, onApply }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Range>({ from, to });
  const [shown, setShown] = useState<Range>({ from, to });
  // The bounds changed elsewhere (a year ticked, back, "clear filters"): show them.
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    setDraft({ from, to });
  }
  const apply = () => onApply({ from: draft.from.trim(), to: draft.to.trim() });
  const error = [errors.from, errors.to].filter(Boolean).join(" ");
  const field = (name: keyof Range) => ({
    id: `filter-${name}`,
    label: t.search[name],
    value: draft[name],
    autoComplete: "off",
    // One message under both bounds: the columns are too narrow to hold it under each.
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": errors[name] ? "filter-period-error" : undefined,
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
    onBlur: apply,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") apply();
    },
  });
  return (
    <fieldset aria-describedby="filter-period-hint">
      <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t.search.period}</legend>
      <p id="filter-period-hint" className="mt-1 text-xs text-slate-500">
        {t.search.dateHint}
      </p>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <TextField {...field("from")} />
        <TextField {...field("to")} />
      </div>
      {error && (
        <p id="filter-period-error" role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
