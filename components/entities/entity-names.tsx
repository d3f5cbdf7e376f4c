"use client";
// An entity's names: the canonical one, spelling variants, acronyms and translations in any script,
// each with its language. Editors add and remove them; those who may split tick the ones to move.
import { useState, type FormEvent } from "react";
import { useAddAlias, useRemoveAlias } from "@/components/entities/entity-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/fetch-json";
import type { EntityDetail } from "@/lib/entities/get-entity";
import { interpolate } from "@/lib/i18n/messages";
import { aliasKinds } from "@/lib/validations/entity";
import { FormError } from "@/components/ui/form-error";

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

type Props = { entity: EntityDetail; canEdit: boolean; chosen: ReadonlySet<string> | null; onToggle: (id: string) => void };

export function EntityNames({ entity, canEdit, chosen, onToggle }: Props) {
  const { t } = useI18n();
  const add = useAddAlias(entity.id);
  const remove = useRemoveAlias(entity.id);
  const [kind, setKind] = useState<(typeof aliasKinds)[number]>("VARIANT");
  const error = add.error ?? remove.error;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const language = String(values.get("language") ?? "").trim();
    add.mutate({ version: entity.version, name: String(values.get("name") ?? ""), kind, language: language || null }, { onSuccess: () => form.reset() });
  }

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="entity-names">
      <h2 id="entity-names" className="font-semibold">
        {t.entities.names} ({entity.aliases.length})
      </h2>
      <ul className="space-y-1 text-sm" data-testid="entity-names">
        {entity.aliases.map((alias) => (
          <li key={alias.id} className="flex items-center gap-2">
            {chosen && alias.kind !== "CANONICAL" && (
              <input type="checkbox" aria-label={interpolate(t.entities.choose, { name: alias.name })} checked={chosen.has(alias.id)} onChange={() => onToggle(alias.id)} />
            )}
            <span dir="auto" lang={alias.language ?? undefined} className={alias.kind === "CANONICAL" ? "font-semibold" : ""}>
              {alias.name}
            </span>
            <span className="text-xs text-slate-500">
              {t.entities.aliasKinds[alias.kind]}
              {alias.language && ` · ${alias.language}`}
            </span>
            {canEdit && alias.kind !== "CANONICAL" && (
              <button
                type="button"
                className="ml-auto text-xs text-red-700 hover:underline disabled:text-slate-400"
                disabled={remove.isPending}
                aria-label={interpolate(t.entities.removeName, { name: alias.name })}
                onClick={() => remove.mutate({ aliasId: alias.id, version: entity.version })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form onSubmit={onSubmit} className="space-y-2 border-t border-slate-100 pt-3" aria-label={t.entities.addName}>
          <input name="name" required dir="auto" aria-label={t.entities.newName} placeholder={t.entities.newName} className={`w-full ${field}`} />
          <div className="flex gap-2">
            <select aria-label={t.entities.nameKind} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)} className={`min-w-0 flex-1 ${field}`}>
              {aliasKinds.map((option) => (
                <option key={option} value={option}>
                  {t.entities.aliasKinds[option]}
                </option>
              ))}
            </select>
            <input name="language" aria-label={t.entities.nameLanguage} placeholder="fr, ar…" maxLength={3} className={`w-16 ${field}`} />
            <Button type="submit" disabled={add.isPending}>
              {t.entities.add}
            </Button>
          </div>
        </form>
      )}
      <FormError message={error instanceof ApiError && error.code === "CONFLICT" ? t.errors.conflict : error?.message} />
    </section>
  );
}
