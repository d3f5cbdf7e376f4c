"use client";
// The three ways in, as tabs: files (batch with live progress), pasted text, web address.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { FileImport } from "@/components/import/file-import";
import { PasteImportForm } from "@/components/import/paste-import-form";
import { UrlImportForm } from "@/components/import/url-import-form";

const tabs = ["tabFiles", "tabPaste", "tabUrl"] as const;
type Tab = (typeof tabs)[number];

export function ImportWorkspace() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>("tabFiles");
  return (
    <section className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t.imports.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t.imports.intro}</p>
      </header>
      <div role="tablist" className="flex gap-1 border-b border-slate-200">
        {tabs.map((key) => (
          <button
            key={key}
            role="tab"
            type="button"
            aria-selected={tab === key}
            onClick={() => setTab(key)}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${tab === key ? "border-indigo-700 text-indigo-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.imports[key]}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {tab === "tabFiles" && <FileImport />}
        {tab === "tabPaste" && <PasteImportForm />}
        {tab === "tabUrl" && <UrlImportForm />}
      </div>
    </section>
  );
}
