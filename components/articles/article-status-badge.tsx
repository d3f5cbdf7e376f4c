"use client";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

const colours: Record<ArticleStatus, string> = {
  TO_ANNOTATE: "bg-amber-50 text-amber-800 ring-amber-200",
  IN_PROGRESS: "bg-sky-50 text-sky-800 ring-sky-200",
  REVIEWED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useI18n();
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${colours[status]}`}>{t.articles.status[status]}</span>;
}
