"use client";
// A search field that searches as you type (after a pause) and at once on Enter. Without JavaScript
// the form still works: it submits `?q=…` to the current page.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

const DEBOUNCE_MS = 300;

type Props = { id: string; value: string; onSearch: (words: string) => void; label: string; placeholder?: string; submitLabel: string };

export function SearchBox({ id, value, onSearch, label, placeholder, submitLabel }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The words changed elsewhere (back, forward, a "clear" button): show them, unless they are what is typed.
  if (value !== shown) {
    setShown(value);
    if (value !== draft.trim()) setDraft(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(text: string) {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    onSearch(draft.trim());
  }

  return (
    <form role="search" method="get" onSubmit={onSubmit} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="relative min-w-0 flex-1">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400">
          <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z" clipRule="evenodd" />
        </svg>
        <input
          id={id}
          name="q"
          type="search"
          value={draft}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-md border border-slate-300 bg-white py-2 pr-3 pl-9 text-sm shadow-sm placeholder:text-slate-400 focus:border-indigo-500"
        />
      </div>
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
