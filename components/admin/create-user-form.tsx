"use client";
// Creates an account with a role and an initial password; shows the server's field errors.
import { useState, type FormEvent } from "react";
import { RoleOptions } from "@/components/admin/role-options";
import { useCreateUser } from "@/components/admin/user-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError } from "@/lib/client/fetch-json";
import { passwordProblem } from "@/lib/validations/password";
import type { CreateUserInput } from "@/lib/validations/user";
import { FormError } from "@/components/ui/form-error";

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const create = useCreateUser();
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as unknown as CreateUserInput;
    // The password rules, named in the interface language before anything is sent.
    const problem = passwordProblem(data.password, data);
    if (problem) {
      setErrors({ password: [t.account.passwordProblems[problem]] });
      return;
    }
    create.mutate(data, {
      onSuccess: () => {
        setErrors({});
        form.reset();
        onCreated();
      },
      onError: (error) => setErrors(error instanceof ApiError && error.details ? error.details : { _: [error.message] }),
    });
  }

  // Submitting waits for hydration, and method="post" guards the rest (Enter in a field): a form sent
  // by the browser itself must never put the password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <h2 className="text-lg font-semibold">{t.users.create}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="new-name" name="name" label={t.users.name} required error={errors.name?.[0]} />
        <TextField id="new-email" name="email" type="email" label={t.users.email} required error={errors.email?.[0]} />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-role" className="text-sm font-medium text-slate-700">
            {t.users.role}
          </label>
          <select id="new-role" name="role" defaultValue="READER" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <RoleOptions />
          </select>
        </div>
        <TextField id="new-password" name="password" type="password" autoComplete="new-password" label={t.users.password} required error={errors.password?.[0]} />
      </div>
      <FormError message={errors._?.[0]} />
      <Button type="submit" disabled={create.isPending || !hydrated}>
        {create.isPending ? t.users.creating : t.users.create}
      </Button>
    </form>
  );
}
