"use client";
// Splitting the ticked names and mentions off to a new entity, named here, of this type unless another
// is chosen (a ticked name by default); the page then opens the new entity.
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useSplitEntity } from "@/components/entities/entity-queries";
import { EntityTypeOptions } from "@/components/entities/entity-type";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { EntityDetail } from "@/lib/entities/get-entity";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

type Props = { entity: EntityDetail; types: EntityTypeOption[]; aliasIds: string[]; annotationIds: string[] };

export function SplitEntityForm({ entity, types, aliasIds, annotationIds }: Props) {
  const { t } = useI18n();
  const id = useId();
  const router = useRouter();
  const split = useSplitEntity(entity.id);
  const firstName = entity.aliases.find((alias) => alias.id === aliasIds[0])?.name ?? "";
  const [name, setName] = useState("");
  const [typeKey, setTypeKey] = useState(entity.type.key);
  const count = aliasIds.length + annotationIds.length;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    split.mutate({ version: entity.version, name: name.trim() || firstName, typeKey, aliasIds, annotationIds }, { onSuccess: (created) => router.push(`/entities/${created.id}`) });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 shadow-sm" aria-labelledby={`${id}-title`} data-testid="split-form">
      <h2 id={`${id}-title`} className="font-semibold">
        {t.entities.split}
      </h2>
      <label className="block text-sm">
        {t.entities.splitName}
        <input value={name} onChange={(event) => setName(event.target.value)} placeholder={firstName} dir="auto" className={`mt-1 ${field}`} />
      </label>
      <label className="block text-sm">
        {t.entities.type}
        <select value={typeKey} onChange={(event) => setTypeKey(event.target.value)} className={`mt-1 ${field}`}>
          <EntityTypeOptions types={types} />
        </select>
      </label>
      <Button type="submit" disabled={split.isPending || count === 0}>
        {interpolate(t.entities.splitSubmit, { count })}
      </Button>
      <FormError message={split.error?.message} />
    </form>
  );
}
