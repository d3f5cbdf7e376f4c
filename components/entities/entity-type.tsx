"use client";
// Entity types in the interface language: a label, a coloured badge, the <option>s of a type choice.
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

/** The types as <option>s, after an "all types" one for a filter. */
export function EntityTypeOptions({ types, withAll = false }: { types: EntityTypeOption[]; withAll?: boolean }) {
  const { t } = useI18n();
  const typeLabel = useTypeLabel(types);
  return (
    <>
      {withAll && <option value="">{t.entities.allTypes}</option>}
      {types.map((type) => (
        <option key={type.key} value={type.key}>
          {typeLabel(type.key)}
        </option>
      ))}
    </>
  );
}
