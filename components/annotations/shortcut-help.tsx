"use client";
// The keyboard shortcuts of the workspace, always listed beside the text.
import { useI18n } from "@/components/i18n/i18n-provider";

export function ShortcutHelp() {
  const { t } = useI18n();
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" open>
      <summary className="cursor-pointer font-semibold">{t.annotate.shortcutsTitle}</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {t.annotate.shortcuts.map(([keys, label]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd className="text-slate-600">{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
