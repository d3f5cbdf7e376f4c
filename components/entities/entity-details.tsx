"use client";
// An entity's record: description and identifiers in other registers (Wikidata ids link to Wikidata),
// and, for those who may edit, the form that changes them with its canonical name and type.
import { useState, type FormEvent } from "react";
import { useUpdateEntity } from "@/components/entities/entity-queries";
import { EntityTypeOptions } from "@/components/entities/entity-type";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/client/fetch-json";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { EntityDetail } from "@/lib/entities/get-entity";
import { FormError } from "@/components/ui/form-error";

const field = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

// "wikidata=Q57553" lines; a line without "=" is kept whole as a key the API refuses with its reason.
const parseExternalIds = (text: string) =>
  Object.fromEntries(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.split("=")[0]?.trim() ?? "", line.includes("=") ? line.slice(line.indexOf("=") + 1).trim() : ""]),
  );

export function EntityDetails({ entity, types, canEdit }: { entity: EntityDetail; types: EntityTypeOption[]; canEdit: boolean }) {
  const { t } = useI18n();
  const update = useUpdateEntity(entity.id);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const ids = Object.entries(entity.externalIds);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    update.mutate(
      {
        version: entity.version,
        // Renaming changes the names (the old one stays as a variant): only when the name changed.
        ...(value("canonicalName") !== entity.canonicalName && { canonicalName: value("canonicalName") }),
        ...(value("typeKey") !== entity.type.key && { typeKey: value("typeKey") }),
        description: value("description") || null,
        externalIds: parseExternalIds(value("externalIds")),
      },
      {
        onSuccess: () => (setEditing(false), setErrors({})),
        onError: (error) => setErrors(error instanceof ApiError && error.details ? error.details : { _: [error instanceof ApiError && error.code === "CONFLICT" ? t.errors.conflict : error.message] }),
      },
    );
  }

  if (editing) {
    return (
      <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="entity-form">
        <TextField id="entity-name" name="canonicalName" label={t.entities.canonicalName} defaultValue={entity.canonicalName} error={errors.canonicalName?.[0]} />
        <label className="block text-sm font-medium text-slate-700">
          {t.entities.type}
          <select name="typeKey" defaultValue={entity.type.key} className={`mt-1 ${field}`}>
            <EntityTypeOptions types={types} />
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          {t.entities.description}
          <textarea name="description" rows={3} defaultValue={entity.description ?? ""} className={`mt-1 ${field}`} />
          {errors.description && <span className="text-sm text-red-700">{errors.description[0]}</span>}
        </label>
        <label className="block text-sm font-medium text-slate-700">
          {t.entities.externalIds}
          <textarea name="externalIds" rows={2} defaultValue={ids.map(([key, id]) => `${key}=${id}`).join("\n")} placeholder="wikidata=Q57553" className={`mt-1 font-mono ${field}`} aria-describedby="external-ids-hint" />
          <span id="external-ids-hint" className="text-xs font-normal text-slate-500">
            {t.entities.externalIdsHint}
          </span>
          {Object.entries(errors)
            .filter(([key]) => key.startsWith("externalIds"))
            .map(([key, messages]) => (
              <span key={key} className="block text-sm text-red-700">
                {messages[0]}
              </span>
            ))}
        </label>
        <FormError message={errors._?.[0]} />
        <div className="flex gap-2">
          <Button type="submit" disabled={update.isPending}>
            {t.entities.save}
          </Button>
          <Button type="button" variant="secondary" onClick={() => (setEditing(false), setErrors({}))}>
            {t.entities.cancel}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <p className={`text-sm ${entity.description ? "text-slate-800" : "text-slate-500"}`}>{entity.description ?? t.entities.noDescription}</p>
        {canEdit && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t.entities.edit}
          </Button>
        )}
      </div>
      <div>
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t.entities.externalIds}</h2>
        {ids.length === 0 ? (
          <p className="text-sm text-slate-500">{t.entities.noExternalIds}</p>
        ) : (
          <ul className="text-sm">
            {ids.map(([key, id]) => (
              <li key={key}>
                <span className="text-slate-500">{key} :</span>{" "}
                {key === "wikidata" ? (
                  <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(id)}`} rel="noreferrer" target="_blank" className="font-mono text-indigo-700 hover:underline">
                    {id}
                  </a>
                ) : (
                  <span className="font-mono">{id}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {update.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          {t.entities.saved}
        </p>
      )}
    </section>
  );
}
