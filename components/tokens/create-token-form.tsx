"use client";
// Creates a token (name, scopes, expiry) and shows its secret once, with a copy button and a warning.
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useCreateToken } from "@/components/tokens/token-queries";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import { tokenLifetimes, tokenScopes, type CreateTokenInput } from "@/lib/validations/token";
import { FormError } from "@/components/ui/form-error";

export function CreateTokenForm() {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const create = useCreateToken();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<{ name: string; secret: string }>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const expiry = String(data.get("expiresInDays"));
    const input: CreateTokenInput = {
      name: String(data.get("name") ?? ""),
      scopes: data.getAll("scopes").map(String) as CreateTokenInput["scopes"],
      expiresInDays: expiry === "never" ? null : (Number(expiry) as CreateTokenInput["expiresInDays"]),
    };
    setCreated(undefined);
    create.mutate(input, {
      onSuccess: (token) => {
        setErrors({});
        form.reset();
        setCreated({ name: token.name, secret: token.secret });
      },
      onError: (error) => setErrors(error instanceof ApiError && error.details ? error.details : { _: [error.message] }),
    });
  }

  return (
    <div className="space-y-4">
      {created && <NewTokenSecret {...created} onDismiss={() => setCreated(undefined)} />}
      <form onSubmit={onSubmit} method="post" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <h2 className="text-lg font-semibold">{t.tokens.create}</h2>
        <TextField id="token-name" name="name" label={t.tokens.name} required maxLength={100} error={errors.name?.[0]} />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{t.tokens.scopes}</legend>
          {tokenScopes.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} />
              {scope === "read" ? t.tokens.scopeRead : t.tokens.scopeWrite}
            </label>
          ))}
          <p className="text-xs text-slate-500">{t.tokens.scopesHint}</p>
          {errors.scopes && <p className="text-sm text-red-700">{errors.scopes[0]}</p>}
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="token-expiry" className="text-sm font-medium text-slate-700">
            {t.tokens.expiry}
          </label>
          <select id="token-expiry" name="expiresInDays" defaultValue="90" className="max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {tokenLifetimes.map((days) => (
              <option key={days} value={days}>
                {interpolate(t.tokens.days, { days })}
              </option>
            ))}
            <option value="never">{t.tokens.noExpiry}</option>
          </select>
        </div>
        <FormError message={errors._?.[0]} />
        <Button type="submit" disabled={create.isPending || !hydrated}>
          {create.isPending ? t.tokens.creating : t.tokens.create}
        </Button>
      </form>
    </div>
  );
}

function NewTokenSecret({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<"copied" | "failed">();

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby="new-token-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h2 id="new-token-title" className="text-lg font-semibold">
        {interpolate(t.tokens.newTitle, { name })}
      </h2>
      <p role="alert" className="text-sm text-amber-900">
        {t.tokens.newWarning}
      </p>
      <div className="flex gap-2">
        <label htmlFor="new-token-secret" className="sr-only">
          {t.tokens.secretLabel}
        </label>
        <input
          id="new-token-secret"
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <Button type="button" onClick={copySecret}>
          {t.tokens.copy}
        </Button>
      </div>
      {copy && (
        <p role="status" className={`text-sm ${copy === "copied" ? "text-emerald-800" : "text-red-700"}`}>
          {copy === "copied" ? t.tokens.copied : t.tokens.copyFailed}
        </p>
      )}
      <Button type="button" variant="secondary" onClick={onDismiss}>
        {t.tokens.dismiss}
      </Button>
    </section>
  );
}
