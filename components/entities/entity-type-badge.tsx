"use client";
// An entity type as a coloured label, in the interface language.
import { useI18n } from "@/components/i18n/i18n-provider";
import type { EntityTypeOption } from "@/lib/entities/entity-types";

export function useTypeLabel(types: EntityTypeOption[]) {
  const { locale } = useI18n();
  return (key: string) => {
    const type = types.find((option) => option.key === key);
    return type ? (locale === "fr" ? type.labelFr : type.labelEn) : key;
  };
}

export function EntityTypeBadge({ label, color }: { label: string; color: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
      <span className="size-2 rounded-full" style={{ backgroundColor: color }} aria-hidden />
      {label}
    </span>
  );
}
